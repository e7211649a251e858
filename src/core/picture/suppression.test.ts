import { describe, expect, it } from 'vitest';
import { completeAnswers, sampleTemplate } from '../reports/test-fixtures';
import { aggregateFigure } from './aggregate';
import { suppressAnswersForSharing, suppressCount, suppressFigureAggregate } from './suppression';

describe('suppressCount', () => {
  it('shows 1–4 as "<5" and 0, 5 and above as they are', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 120].map(suppressCount)).toEqual([0, '<5', '<5', '<5', '<5', 5, 6, 120]);
  });

  it('suppresses fractions between 0 and 5, keeps null and negatives', () => {
    expect(suppressCount(0.5)).toBe('<5');
    expect(suppressCount(4.99)).toBe('<5');
    expect(suppressCount(null)).toBeNull();
    expect(suppressCount(-3)).toBe(-3);
  });
});

describe('suppressAnswersForSharing', () => {
  const def = sampleTemplate();

  it('suppresses only figures that count persons', () => {
    const answers = completeAnswers();
    answers.figures = { smittade: 3, franvaro: 2, kostnad: 1.5, platser: 4 };
    const shared = suppressAnswersForSharing(def, answers);
    expect(shared.figures).toEqual({ smittade: '<5', franvaro: 2, kostnad: 1.5, platser: 4 });
    expect(shared.areas).toEqual(answers.areas);
    expect(shared.texts).toEqual(answers.texts);
    // The stored answers are untouched.
    expect(answers.figures.smittade).toBe(3);
  });

  it('keeps 0, ≥ 5 and empty values of person counts', () => {
    const answers = completeAnswers();
    for (const [value, shown] of [
      [0, 0],
      [5, 5],
      [null, null],
    ] as const) {
      answers.figures.smittade = value;
      expect(suppressAnswersForSharing(def, answers).figures.smittade).toBe(shown);
    }
  });

  it('suppresses figures the template does not know, to be safe', () => {
    const answers = completeAnswers();
    answers.figures.gammal = 2;
    expect(suppressAnswersForSharing(def, answers).figures.gammal).toBe('<5');
  });
});

describe('suppressFigureAggregate', () => {
  const persons = { countsPersons: true };

  it('suppresses a small total and the mean with it', () => {
    expect(suppressFigureAggregate(persons, aggregateFigure([0, 0, 3]))).toEqual({
      n: 3,
      sum: '<5',
      mean: '<5',
      median: 0,
      min: 0,
      max: '<5',
    });
  });

  it('shows a total of 5 or more but still hides small single values', () => {
    expect(suppressFigureAggregate(persons, aggregateFigure([1, 2, 40, 50]))).toEqual({
      n: 4,
      sum: 93,
      mean: 23.25,
      median: 21,
      min: '<5',
      max: 50,
    });
    // Even n: the median is the mean of 2 and 3, still "<5".
    expect(suppressFigureAggregate(persons, aggregateFigure([2, 3, 10, 0])).median).toBe('<5');
  });

  it('keeps an all-zero total and an empty aggregate', () => {
    expect(suppressFigureAggregate(persons, aggregateFigure([0, 0]))).toMatchObject({ sum: 0, mean: 0 });
    expect(suppressFigureAggregate(persons, aggregateFigure([]))).toEqual({
      n: 0,
      sum: null,
      mean: null,
      median: null,
      min: null,
      max: null,
    });
  });

  it('passes other figures through', () => {
    const agg = aggregateFigure([1, 2]);
    expect(suppressFigureAggregate({ countsPersons: false }, agg)).toEqual(agg);
  });
});
