import { describe, expect, it } from 'vitest';
import type { ImpactLevel } from '../reports/answers';
import {
  type AreaImpacts,
  aggregateFigure,
  compareRounds,
  completeness,
  impactDistribution,
  share,
  sortBySeverity,
  worsened,
} from './aggregate';

describe('aggregateFigure', () => {
  it('gives n 0 and nulls for no values', () => {
    expect(aggregateFigure([])).toEqual({ n: 0, sum: null, mean: null, median: null, min: null, max: null });
    expect(aggregateFigure([null, undefined, Number.NaN])).toMatchObject({ n: 0, sum: null });
  });

  it('aggregates one value', () => {
    expect(aggregateFigure([7])).toEqual({ n: 1, sum: 7, mean: 7, median: 7, min: 7, max: 7 });
  });

  it('takes the middle value for odd n, regardless of input order', () => {
    expect(aggregateFigure([9, 1, 5])).toEqual({ n: 3, sum: 15, mean: 5, median: 5, min: 1, max: 9 });
  });

  it('averages the two middle values for even n, without rounding', () => {
    expect(aggregateFigure([4, 1, 3, 2]).median).toBe(2.5);
    expect(aggregateFigure([10, 1, 2, 1000]).median).toBe(6);
    expect(aggregateFigure([1, 2]).median).toBe(1.5);
  });

  it('sorts numerically, not as text', () => {
    expect(aggregateFigure([10, 9, 100])).toMatchObject({ min: 9, max: 100, median: 10 });
  });

  it('skips empty answers instead of counting them as zero', () => {
    expect(aggregateFigure([null, 0, 4, null])).toEqual({ n: 2, sum: 4, mean: 2, median: 2, min: 0, max: 4 });
  });

  it('handles negatives and decimals', () => {
    const a = aggregateFigure([-2.5, 2.5, 1]);
    expect(a).toMatchObject({ sum: 1, min: -2.5, max: 2.5, median: 1 });
    expect(a.mean).toBeCloseTo(1 / 3, 12);
  });
});

describe('impactDistribution', () => {
  it('counts each level and those without one', () => {
    expect(impactDistribution([1, 4, 4, null, 5, undefined])).toEqual({
      1: 1,
      2: 0,
      3: 0,
      4: 2,
      5: 1,
      none: 2,
    });
    expect(impactDistribution([])).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, none: 0 });
  });
});

describe('share', () => {
  it('is a fraction, null for an empty whole', () => {
    expect(share(253, 290)).toBeCloseTo(0.8724, 4);
    expect(share(0, 5)).toBe(0);
    expect(share(0, 0)).toBeNull();
  });
});

describe('worsened and compareRounds', () => {
  it('only counts a rise between two known levels', () => {
    expect(worsened(2, 3)).toBe(true);
    expect(worsened(3, 3)).toBe(false);
    expect(worsened(4, 2)).toBe(false);
    expect(worsened(null, 5)).toBe(false);
    expect(worsened(2, null)).toBe(false);
  });

  it('lists what got worse, most serious first', () => {
    const prev = new Map<string, AreaImpacts>([
      ['goteborg', { aldre: 2, ifo: 3 }],
      ['molndal', { aldre: 1, ifo: 4 }],
      ['alingsas', { aldre: 3 }],
      ['kungsbacka', { aldre: null }],
    ]);
    const curr = new Map<string, AreaImpacts>([
      ['goteborg', { aldre: 4, ifo: 3 }],
      ['molndal', { aldre: 4, ifo: 2 }],
      ['alingsas', { aldre: 5, ifo: 5 }],
      ['kungsbacka', { aldre: 5 }],
      ['ny', { aldre: 5 }],
    ]);
    expect(compareRounds(prev, curr)).toEqual([
      { orgId: 'alingsas', areaKey: 'aldre', from: 3, to: 5 },
      { orgId: 'molndal', areaKey: 'aldre', from: 1, to: 4 },
      { orgId: 'goteborg', areaKey: 'aldre', from: 2, to: 4 },
    ]);
  });
});

describe('completeness', () => {
  const t = new Date('2026-03-18T10:00:00Z');

  it('counts members on time, late and missing', () => {
    expect(
      completeness({
        members: ['a', 'b', 'c', 'd', 'e'],
        reports: [
          { orgId: 'a', submittedAt: t, isLate: false },
          { orgId: 'b', submittedAt: t, isLate: true },
          { orgId: 'c', submittedAt: null, isLate: false },
          { orgId: 'x', submittedAt: t, isLate: false },
        ],
      }),
    ).toEqual({ expected: 5, filed: 2, onTime: 1, late: 1, missing: ['c', 'd', 'e'] });
  });

  it('counts an organisation once, on time if any report was', () => {
    const result = completeness({
      members: ['a', 'a'],
      reports: [
        { orgId: 'a', submittedAt: t, isLate: true },
        { orgId: 'a', submittedAt: t, isLate: false },
      ],
    });
    expect(result).toEqual({ expected: 1, filed: 1, onTime: 1, late: 0, missing: [] });
  });

  it('handles an empty network', () => {
    expect(completeness({ members: [], reports: [] })).toEqual({
      expected: 0,
      filed: 0,
      onTime: 0,
      late: 0,
      missing: [],
    });
  });
});

describe('sortBySeverity', () => {
  it('puts Kritisk and Allvarlig first, no level last, then Swedish name order', () => {
    const rows: { name: string; level: ImpactLevel | null }[] = [
      { name: 'Öckerö', level: 4 },
      { name: 'Ale', level: null },
      { name: 'Alingsås', level: 4 },
      { name: 'Lerum', level: 5 },
      { name: 'Åmål', level: 1 },
      { name: 'Zeta', level: 1 },
    ];
    expect(
      sortBySeverity(
        rows,
        (r) => r.level,
        (r) => r.name,
      ).map((r) => r.name),
    ).toEqual(['Lerum', 'Alingsås', 'Öckerö', 'Zeta', 'Åmål', 'Ale']);
  });
});
