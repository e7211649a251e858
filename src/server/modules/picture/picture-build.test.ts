import { describe, expect, it } from 'vitest';
import type { SubmittedTextRow } from './picture.repository';
import { buildComments } from './picture-build';
import type { PictureQuestions } from './picture-questions';

const questions: PictureQuestions = {
  areas: [{ key: 'aldre', label: 'Äldreomsorg' }],
  figures: [],
  texts: [{ key: 'behov', label: 'Behov' }],
};

const orgs = new Map(
  ['a', 'b', 'c', 'd'].map((id) => [id, { id, code: null, name: `Kommun ${id}`, countyCode: null }]),
);

function row(orgId: string, extra: Partial<SubmittedTextRow>): SubmittedTextRow {
  return { orgId, carriedOver: {}, comments: { aldre: 'Läget' }, texts: {}, previous: {}, ...extra };
}

describe('the comment digest', () => {
  it('tells new, changed and carried over apart by the previous round and the carried-over count', () => {
    const { comments } = buildComments(
      questions,
      [
        row('a', {}),
        row('b', { previous: { 'comment:aldre': 'other' } }),
        // Word for word as last round but without a count (e.g. filed before counting existed).
        row('c', { previous: { 'comment:aldre': 'same' } }),
        row('d', { carriedOver: { 'comment:aldre': 3 }, previous: { 'comment:aldre': 'same' } }),
      ],
      orgs,
    );
    expect(comments.aldre?.map((c) => [c.orgId, c.status, c.roundsUnchanged, c.stale])).toEqual([
      ['a', 'new', 0, false],
      ['b', 'changed', 0, false],
      ['c', 'carried_over', 1, false],
      ['d', 'carried_over', 3, true],
    ]);
  });

  it('digests texts the same way, by their own keys', () => {
    const { texts } = buildComments(
      questions,
      [row('a', { comments: {}, texts: { behov: 'Stöd' }, previous: { 'text:behov': 'same' } })],
      orgs,
    );
    expect(texts[0]?.entries.map((e) => [e.text, e.status])).toEqual([['Stöd', 'carried_over']]);
  });
});
