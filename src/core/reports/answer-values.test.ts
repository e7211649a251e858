import { describe, expect, it } from 'vitest';
import { answerValues, clearedKeys, valueKeys } from './answer-values';
import { completeAnswers, sampleTemplate } from './test-fixtures';

describe('answerValues', () => {
  it('gives each area its effective impact and each answered figure its number', () => {
    const answers = completeAnswers();
    // Criteria win over a direct level (partly/yes/normal is 2 whatever the stored level says).
    answers.areas.hemtjanst = { criteria: { a: 'no', b: 'yes', c: 'normal' }, impact: 1, comment: 'x' };
    expect(answerValues(sampleTemplate(), answers)).toEqual([
      { key: 'impact:aldreomsorg', num: 2 },
      { key: 'impact:hemtjanst', num: 4 },
      { key: 'impact:ifo', num: 5 },
      { key: 'figure:smittade', num: 3 },
      { key: 'figure:franvaro', num: 12.5 },
      { key: 'figure:kostnad', num: 1.5 },
    ]);
  });

  it('leaves out empty answers and keys the template does not know', () => {
    const answers = completeAnswers();
    answers.areas.ifo = { impact: null, criteria: null, comment: '' };
    answers.figures = { smittade: null, franvaro: 0, okand: 7 };
    const keys = answerValues(sampleTemplate(), answers).map((v) => v.key);
    expect(keys).toEqual(['impact:aldreomsorg', 'impact:hemtjanst', 'figure:franvaro']);
  });
});

describe('valueKeys', () => {
  it('names every key a report on the template can have, so every answerValues key is among them', () => {
    const def = sampleTemplate();
    const keys = valueKeys(def);
    expect(keys).toEqual([
      'impact:aldreomsorg',
      'impact:hemtjanst',
      'impact:ifo',
      'figure:smittade',
      'figure:franvaro',
      'figure:kostnad',
      'figure:platser',
    ]);
    const answers = completeAnswers();
    answers.figures.platser = 12;
    for (const v of answerValues(def, answers)) expect(keys).toContain(v.key);
  });
});

describe('clearedKeys', () => {
  it('names the keys without a value, in any mix of answered and empty', () => {
    const def = sampleTemplate();
    const answers = completeAnswers();
    expect(clearedKeys(def, answerValues(def, answers))).toEqual(['figure:platser']);
    answers.areas.aldreomsorg = { impact: null, criteria: null, comment: '' };
    answers.figures = { franvaro: 3, platser: 4 };
    expect(clearedKeys(def, answerValues(def, answers))).toEqual([
      'impact:aldreomsorg',
      'figure:smittade',
      'figure:kostnad',
    ]);
    const none = completeAnswers();
    none.areas = {};
    none.figures = {};
    expect(clearedKeys(def, answerValues(def, none))).toEqual(valueKeys(def));
  });
});
