import { describe, expect, it } from 'vitest';
import { completeAnswers, sampleTemplate } from '../../../core/reports/test-fixtures';
import {
  answerLabel,
  completeCriteria,
  differingKeys,
  fieldId,
  inFormOrder,
  initialMethods,
  takeAnswer,
  withArea,
  withFigure,
} from './form-model';

describe('fieldId', () => {
  it('maps server and core error paths to the input that shows them', () => {
    expect(fieldId('answers.areas.aldreomsorg.comment')).toBe('f-areas-aldreomsorg-comment');
    expect(fieldId('areas.hemtjanst.criteria')).toBe('f-areas-hemtjanst-criteria-a');
    expect(fieldId('areas.hemtjanst.criteria.c')).toBe('f-areas-hemtjanst-criteria-c');
    expect(fieldId('figures.smittade')).toBe('f-figures-smittade');
    expect(fieldId('answers.texts.sammanfattning')).toBe('f-texts-sammanfattning');
  });

  it('puts a missing level at the control of the way the area is answered', () => {
    expect(fieldId('areas.aldreomsorg.impact', { aldreomsorg: 'direct' })).toBe('f-areas-aldreomsorg-impact');
    expect(fieldId('areas.aldreomsorg.impact', { aldreomsorg: 'criteria' })).toBe(
      'f-areas-aldreomsorg-criteria-a',
    );
  });
});

describe('merging two versions', () => {
  const def = sampleTemplate();
  const mine = completeAnswers();
  const theirs = withFigure(withArea(mine, 'ifo', { impact: 3, comment: 'Deras' }), 'kostnad', 9);

  it('lists the answers that differ, in form order', () => {
    expect(differingKeys(def, mine, theirs)).toEqual(['impact:ifo', 'comment:ifo', 'figure:kostnad']);
  });

  it('takes one answer at a time from the other version', () => {
    const merged = takeAnswer(theirs, mine, 'figure:kostnad');
    expect(merged.figures.kostnad).toBe(1.5);
    expect(merged.areas.ifo).toMatchObject({ impact: 3, comment: 'Deras' });
    const back = takeAnswer(merged, mine, 'impact:ifo');
    expect(back.areas.ifo).toMatchObject({ impact: 5, comment: 'Deras' });
  });
});

describe('labels and methods', () => {
  const def = sampleTemplate();

  it('names an area figure with its area, and orders keys as the form does', () => {
    expect(answerLabel(def, 'figure:smittade', 'sv')).toBe('Äldreomsorg – Smittade');
    expect(answerLabel(def, 'figure:kostnad', 'sv')).toBe('Kostnad');
    expect(
      inFormOrder(def, [{ key: 'text:ovrigt' }, { key: 'impact:aldreomsorg' }]).map((k) => k.key),
    ).toEqual(['impact:aldreomsorg', 'text:ovrigt']);
  });

  it('starts each area in the way its mode and answer say', () => {
    expect(initialMethods(def, completeAnswers())).toEqual({
      aldreomsorg: 'direct',
      hemtjanst: 'criteria',
      ifo: 'direct',
    });
    expect(completeCriteria({ a: 'yes', b: 'yes' })).toBeNull();
  });
});
