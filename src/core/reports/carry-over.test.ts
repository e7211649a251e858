import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import {
  type CarriedOver,
  carryOver,
  compareAnswers,
  confirmUnchanged,
  isStale,
  prefillFrom,
  STALE_AFTER_ROUNDS,
  staleKeys,
} from './carry-over';
import { templateDefinition } from './template-definition';
import { completeAnswers, sampleTemplate } from './test-fixtures';

const def = sampleTemplate();

function clone(a: Answers): Answers {
  return structuredClone(a);
}

describe('compareAnswers', () => {
  it('marks every key new when there is no previous report, and empty ones unchanged', () => {
    const changes = compareAnswers(null, completeAnswers());
    expect(changes['impact:aldreomsorg']).toBe('new');
    expect(changes['figure:smittade']).toBe('new');
    expect(changes['comment:aldreomsorg']).toBe('unchanged');
    expect(changes['figure:platser']).toBe('unchanged');
  });

  it('tells changed, unchanged and new apart', () => {
    const prev = completeAnswers();
    const curr = clone(prev);
    curr.figures.smittade = 4;
    curr.figures.platser = 10;
    curr.texts.sammanfattning = '';
    curr.texts.ny = 'ny fråga';
    const changes = compareAnswers(prev, curr);
    expect(changes['figure:smittade']).toBe('changed');
    expect(changes['figure:platser']).toBe('new');
    expect(changes['text:sammanfattning']).toBe('changed');
    expect(changes['text:ny']).toBe('new');
    expect(changes['figure:kostnad']).toBe('unchanged');
    expect(changes['impact:ifo']).toBe('unchanged');
  });

  it('treats 0 as an answer, different from empty', () => {
    const prev = completeAnswers();
    prev.figures.platser = 0;
    const curr = clone(prev);
    curr.figures.platser = null;
    expect(compareAnswers(prev, curr)['figure:platser']).toBe('changed');
  });

  it('sees a change of criteria even when the level stays the same', () => {
    const prev = completeAnswers();
    const curr = clone(prev);
    curr.areas.hemtjanst = { impact: 2, criteria: { a: 'yes', b: 'strained', c: 'normal' }, comment: '' };
    expect(compareAnswers(prev, curr)['impact:hemtjanst']).toBe('changed');
  });

  it('ignores whitespace-only edits of comments', () => {
    const prev = completeAnswers();
    prev.areas.ifo = { impact: 5, criteria: null, comment: 'Brist på\npersonal' };
    const curr = clone(prev);
    curr.areas.ifo = { impact: 5, criteria: null, comment: '  Brist på personal ' };
    expect(compareAnswers(prev, curr)['comment:ifo']).toBe('unchanged');
  });

  it('treats every kind and run of whitespace as one space, and nothing else as the same', () => {
    const prev = completeAnswers();
    prev.areas.ifo = { impact: 5, criteria: null, comment: 'Brist på personal' };
    const same = [
      'Brist\tpå personal',
      'Brist  på personal',
      'Brist\u00a0på personal',
      'Brist på personal\n',
    ];
    for (const comment of same) {
      const curr = clone(prev);
      curr.areas.ifo = { impact: 5, criteria: null, comment };
      expect(compareAnswers(prev, curr)['comment:ifo'], JSON.stringify(comment)).toBe('unchanged');
    }
    const curr = clone(prev);
    curr.areas.ifo = { impact: 5, criteria: null, comment: 'Bristpå personal' };
    expect(compareAnswers(prev, curr)['comment:ifo']).toBe('changed');
    // Normalised on both sides: an old comment stored with a line break matches a plain one.
    const stored = clone(prev);
    stored.areas.ifo = { impact: 5, criteria: null, comment: 'Brist på\r\npersonal' };
    expect(compareAnswers(stored, prev)['comment:ifo']).toBe('unchanged');
  });

  it('reports a key that disappeared from the answers as changed', () => {
    const prev = completeAnswers();
    const curr = clone(prev);
    delete curr.figures.smittade;
    expect(compareAnswers(prev, curr)['figure:smittade']).toBe('changed');
  });
});

describe('carryOver', () => {
  function withComment(comment: string, text = 'Lugnt läge'): Answers {
    const a = completeAnswers();
    a.areas.ifo = { impact: 5, criteria: null, comment };
    a.texts.sammanfattning = text;
    return a;
  }

  it('counts consecutive unchanged rounds and becomes stale at the third', () => {
    let previous = withComment('Brist på personal');
    let carried: CarriedOver = {};
    const counts: (number | undefined)[] = [];
    for (let round = 0; round < STALE_AFTER_ROUNDS; round++) {
      const current = withComment('Brist på personal');
      carried = carryOver({ previous, previousCarriedOver: carried, current }).carriedOver;
      counts.push(carried['comment:ifo']);
      previous = current;
    }
    expect(counts).toEqual([1, 2, 3]);
    expect(isStale(carried['comment:ifo'])).toBe(true);
    expect(staleKeys(carried)).toEqual(['comment:ifo', 'text:sammanfattning']);
  });

  it('restarts the count when the text changes, and drops empty ones', () => {
    const previousCarriedOver = { 'comment:ifo': 2, 'text:sammanfattning': 5, 'comment:aldreomsorg': 1 };
    const { carriedOver } = carryOver({
      previous: withComment('Brist på personal'),
      previousCarriedOver,
      current: withComment('Bättre nu'),
    });
    // comment:aldreomsorg is empty: nothing to carry, so it leaves the map.
    expect(carriedOver).toEqual({ 'text:sammanfattning': 6 });
  });

  it('never counts figures or levels as carried over', () => {
    const a = withComment('');
    const { carriedOver } = carryOver({ previous: a, previousCarriedOver: {}, current: clone(a) });
    expect(Object.keys(carriedOver)).toEqual(['text:sammanfattning']);
  });

  it('starts from nothing on the first report', () => {
    const { carriedOver, changes } = carryOver({
      previous: null,
      previousCarriedOver: {},
      current: withComment('x'),
    });
    expect(carriedOver).toEqual({});
    expect(changes['comment:ifo']).toBe('new');
  });
});

describe('isStale', () => {
  it('is stale from three rounds', () => {
    expect(isStale(undefined)).toBe(false);
    expect(isStale(2)).toBe(false);
    expect(isStale(3)).toBe(true);
    expect(isStale(7)).toBe(true);
  });
});

describe('prefillFrom and confirmUnchanged', () => {
  const newVersion = templateDefinition.parse({
    areas: [
      { key: 'aldreomsorg', label: { sv: 'Äldreomsorg' }, impactMode: 'direct' },
      { key: 'hemtjanst', label: { sv: 'Hemtjänst' }, impactMode: 'criteria' },
      { key: 'lss', label: { sv: 'LSS' } },
    ],
    figures: [{ key: 'platser', label: { sv: 'Platser' }, type: 'integer' }],
    texts: [{ key: 'sammanfattning', label: { sv: 'Sammanfattning' } }],
  });

  it('keeps only questions of the new version and strips criteria from direct areas', () => {
    const prev = completeAnswers();
    prev.areas.aldreomsorg = { impact: 1, criteria: { a: 'no', b: 'yes', c: 'normal' }, comment: 'k' };
    prev.figures.platser = 12;
    const filled = prefillFrom(prev, newVersion);
    expect(filled).toEqual({
      areas: {
        aldreomsorg: { impact: 1, criteria: null, comment: 'k' },
        hemtjanst: { impact: 2, criteria: { a: 'partly', b: 'yes', c: 'normal' }, comment: '' },
      },
      figures: { platser: 12 },
      texts: { sammanfattning: 'Lugnt läge' },
    });
    // A copy: editing the prefill leaves the stored previous answers alone.
    const criteria = filled.areas.hemtjanst?.criteria;
    if (criteria) criteria.a = 'no';
    expect(prev.areas.hemtjanst?.criteria?.a).toBe('partly');
  });

  it('recomputes levels from criteria on the way', () => {
    const prev = completeAnswers();
    prev.areas.hemtjanst = {
      impact: 1,
      criteria: { a: 'no', b: 'exhausted', c: 'overwhelming' },
      comment: '',
    };
    expect(prefillFrom(prev, def).areas.hemtjanst?.impact).toBe(5);
  });

  it('confirms the previous answers as they are and lists what the new version left out', () => {
    const prev = completeAnswers();
    const same = confirmUnchanged(prev, def);
    expect(same.answers).toEqual(prev);
    expect(same.dropped).toEqual([]);
    const moved = confirmUnchanged(prev, newVersion);
    expect(moved.dropped).toEqual(['impact:ifo', 'figure:smittade', 'figure:franvaro', 'figure:kostnad']);
  });
});
