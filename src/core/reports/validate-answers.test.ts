import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { completeAnswers, sampleTemplate } from './test-fixtures';
import { figureBounds, normalizeAnswers, validateAnswers } from './validate-answers';

const def = sampleTemplate();
const empty: Answers = { areas: {}, figures: {}, texts: {} };

function withFigures(figures: Answers['figures']): Answers {
  const a = completeAnswers();
  return { ...a, figures: { ...a.figures, ...figures } };
}

describe('validateAnswers', () => {
  it('accepts complete answers on submit and empty ones as a draft', () => {
    expect(validateAnswers(def, completeAnswers(), 'submit')).toEqual([]);
    expect(validateAnswers(def, empty, 'draft')).toEqual([]);
  });

  it('reports everything missing on submit, in form order', () => {
    expect(validateAnswers(def, empty, 'submit')).toEqual([
      { path: 'areas.aldreomsorg.impact', code: 'impact_required' },
      { path: 'areas.hemtjanst.criteria', code: 'impact_required' },
      { path: 'areas.ifo.impact', code: 'impact_required' },
      { path: 'figures.smittade', code: 'required' },
      { path: 'texts.sammanfattning', code: 'required' },
    ]);
  });

  it('requires criteria, not a bare level, in criteria mode', () => {
    const a = completeAnswers();
    a.areas.hemtjanst = { impact: 2, criteria: null, comment: '' };
    expect(validateAnswers(def, a, 'submit')).toEqual([
      { path: 'areas.hemtjanst.criteria', code: 'impact_required' },
    ]);
    expect(validateAnswers(def, a, 'draft')).toEqual([]);
  });

  it('requires a comment from commentRequiredFrom, using the computed level', () => {
    const a = completeAnswers();
    a.areas.aldreomsorg = { impact: 3, criteria: null, comment: '' };
    expect(validateAnswers(def, a, 'submit')).toEqual([]);
    a.areas.aldreomsorg = { impact: 4, criteria: null, comment: '   ' };
    expect(validateAnswers(def, a, 'submit')).toEqual([
      { path: 'areas.aldreomsorg.comment', code: 'comment_required', params: { level: 4 } },
    ]);
    // Direct level 1, but criteria say 4: the criteria decide, so a comment is needed.
    a.areas.aldreomsorg = { impact: 1, criteria: { a: 'no', b: 'yes', c: 'normal' }, comment: '' };
    expect(validateAnswers(def, a, 'submit')).toEqual([
      { path: 'areas.aldreomsorg.comment', code: 'comment_required', params: { level: 4 } },
    ]);
    // hemtjanst requires a comment from 3; ifo never does.
    a.areas.aldreomsorg = { impact: 1, criteria: null, comment: '' };
    a.areas.hemtjanst = {
      impact: null,
      criteria: { a: 'partly', b: 'strained', c: 'becoming_overwhelming' },
      comment: '',
    };
    expect(validateAnswers(def, a, 'submit')).toEqual([
      { path: 'areas.hemtjanst.comment', code: 'comment_required', params: { level: 3 } },
    ]);
  });

  it('does not require comments in a draft', () => {
    const a = completeAnswers();
    a.areas.aldreomsorg = { impact: 5, criteria: null, comment: '' };
    expect(validateAnswers(def, a, 'draft')).toEqual([]);
  });

  it('rejects criteria on a direct-only area and bad criterion values', () => {
    const a = completeAnswers();
    a.areas.ifo = { impact: 2, criteria: { a: 'yes', b: 'yes', c: 'normal' }, comment: '' };
    expect(validateAnswers(def, a, 'draft')).toEqual([{ path: 'areas.ifo.criteria', code: 'invalid_value' }]);
    const raw: unknown = JSON.parse(
      '{"impact":null,"criteria":{"a":"maybe","b":"yes","c":"normal"},"comment":""}',
    );
    a.areas.ifo = { impact: 2, criteria: null, comment: '' };
    Object.assign(a.areas, { hemtjanst: raw });
    expect(validateAnswers(def, a, 'draft')).toEqual([
      { path: 'areas.hemtjanst.criteria.a', code: 'invalid_value' },
    ]);
  });

  it('rejects impact levels outside 1–5', () => {
    const a = completeAnswers();
    a.areas.ifo = { impact: 6, criteria: null, comment: '' };
    expect(validateAnswers(def, a, 'draft')).toEqual([{ path: 'areas.ifo.impact', code: 'invalid_value' }]);
  });

  it('checks integer, bounds and percent range, also in drafts', () => {
    expect(validateAnswers(def, withFigures({ smittade: 2.5 }), 'draft')).toEqual([
      { path: 'figures.smittade', code: 'not_integer' },
    ]);
    expect(validateAnswers(def, withFigures({ smittade: -1 }), 'draft')).toEqual([
      { path: 'figures.smittade', code: 'too_small', params: { min: 0 } },
    ]);
    expect(validateAnswers(def, withFigures({ kostnad: 1000.01 }), 'draft')).toEqual([
      { path: 'figures.kostnad', code: 'too_big', params: { max: 1000 } },
    ]);
    expect(validateAnswers(def, withFigures({ kostnad: -10, franvaro: 100 }), 'draft')).toEqual([]);
    expect(validateAnswers(def, withFigures({ franvaro: 100.5 }), 'draft')).toEqual([
      { path: 'figures.franvaro', code: 'too_big', params: { max: 100 } },
    ]);
    expect(validateAnswers(def, withFigures({ franvaro: -0.1 }), 'draft')).toEqual([
      { path: 'figures.franvaro', code: 'too_small', params: { min: 0 } },
    ]);
    expect(validateAnswers(def, withFigures({ platser: Number.NaN }), 'draft')).toEqual([
      { path: 'figures.platser', code: 'invalid_value' },
    ]);
  });

  it('lets template bounds widen the percent range', () => {
    const [area] = def.areas;
    const percent = area?.figures.find((f) => f.key === 'franvaro');
    expect(percent && figureBounds(percent)).toEqual({ min: 0, max: 100 });
    expect(percent && figureBounds({ ...percent, min: -50, max: 200 })).toEqual({ min: -50, max: 200 });
  });

  it('checks text length and requiredness', () => {
    const a = completeAnswers();
    a.texts.sammanfattning = 'x'.repeat(21);
    expect(validateAnswers(def, a, 'draft')).toEqual([
      { path: 'texts.sammanfattning', code: 'too_big', params: { max: 20 } },
    ]);
    a.texts.sammanfattning = '  ';
    expect(validateAnswers(def, a, 'submit')).toEqual([{ path: 'texts.sammanfattning', code: 'required' }]);
  });

  it('reports unknown keys, even in drafts', () => {
    const a: Answers = {
      areas: { lss: { impact: 1, criteria: null, comment: '' } },
      figures: { okand: 1 },
      texts: { annat: 'x' },
    };
    expect(validateAnswers(def, a, 'draft')).toEqual([
      { path: 'areas.lss', code: 'unknown_key' },
      { path: 'figures.okand', code: 'unknown_key' },
      { path: 'texts.annat', code: 'unknown_key' },
    ]);
  });
});

describe('normalizeAnswers', () => {
  it('stores the computed level where criteria decide it', () => {
    const a = completeAnswers();
    a.areas.aldreomsorg = {
      impact: 1,
      criteria: { a: 'no', b: 'exhausted', c: 'overwhelming' },
      comment: 'x',
    };
    a.areas.hemtjanst = { impact: null, criteria: { a: 'partly', b: 'yes', c: 'normal' }, comment: '' };
    const n = normalizeAnswers(def, a);
    expect(n.areas.aldreomsorg?.impact).toBe(5);
    expect(n.areas.hemtjanst?.impact).toBe(2);
    // The input is not mutated.
    expect(a.areas.aldreomsorg?.impact).toBe(1);
  });

  it('keeps direct levels, ignored criteria and unknown keys', () => {
    const a: Answers = {
      areas: {
        ifo: { impact: 2, criteria: { a: 'no', b: 'yes', c: 'normal' }, comment: '' },
        lss: { impact: 3, criteria: null, comment: '' },
      },
      figures: { okand: 7 },
      texts: { annat: 'x' },
    };
    expect(normalizeAnswers(def, a)).toEqual(a);
  });
});
