import { describe, expect, it } from 'vitest';
import type { ImpactCriteria } from './answers';
import {
  criteriaSeverities,
  effectiveImpact,
  IMPACT_LABEL_KEYS,
  impactFromCriteria,
  impactLabelKey,
  isImpactLevel,
  isSeriousImpact,
} from './impact';

const as: ImpactCriteria['a'][] = ['yes', 'partly', 'no'];
const bs: ImpactCriteria['b'][] = ['yes', 'strained', 'exhausted'];
const cs: ImpactCriteria['c'][] = ['normal', 'becoming_overwhelming', 'overwhelming'];

describe('impactFromCriteria', () => {
  it('gives the pure cases of the published rule', () => {
    expect(impactFromCriteria({ a: 'yes', b: 'yes', c: 'normal' })).toBe(1);
    expect(impactFromCriteria({ a: 'partly', b: 'yes', c: 'normal' })).toBe(2);
    expect(impactFromCriteria({ a: 'yes', b: 'strained', c: 'becoming_overwhelming' })).toBe(2);
    expect(impactFromCriteria({ a: 'partly', b: 'strained', c: 'becoming_overwhelming' })).toBe(3);
    expect(impactFromCriteria({ a: 'no', b: 'yes', c: 'normal' })).toBe(4);
    expect(impactFromCriteria({ a: 'yes', b: 'exhausted', c: 'overwhelming' })).toBe(4);
    expect(impactFromCriteria({ a: 'no', b: 'exhausted', c: 'overwhelming' })).toBe(5);
  });

  it('lets one worst criterion decide mixed cases (4), never averaging it away', () => {
    expect(impactFromCriteria({ a: 'no', b: 'strained', c: 'becoming_overwhelming' })).toBe(4);
    expect(impactFromCriteria({ a: 'no', b: 'exhausted', c: 'becoming_overwhelming' })).toBe(4);
    expect(impactFromCriteria({ a: 'partly', b: 'yes', c: 'overwhelming' })).toBe(4);
  });

  it('is monotone: making any criterion worse never lowers the level', () => {
    for (const a of as) {
      for (const b of bs) {
        for (const c of cs) {
          const level = impactFromCriteria({ a, b, c });
          const ai = as.indexOf(a);
          const bi = bs.indexOf(b);
          const ci = cs.indexOf(c);
          const worseA = as[ai + 1];
          const worseB = bs[bi + 1];
          const worseC = cs[ci + 1];
          if (worseA) expect(impactFromCriteria({ a: worseA, b, c })).toBeGreaterThanOrEqual(level);
          if (worseB) expect(impactFromCriteria({ a, b: worseB, c })).toBeGreaterThanOrEqual(level);
          if (worseC) expect(impactFromCriteria({ a, b, c: worseC })).toBeGreaterThanOrEqual(level);
        }
      }
    }
  });

  it('reaches 5 only when all three are at the worst level', () => {
    let fives = 0;
    for (const a of as)
      for (const b of bs) for (const c of cs) if (impactFromCriteria({ a, b, c }) === 5) fives++;
    expect(fives).toBe(1);
  });
});

describe('criteriaSeverities', () => {
  it('maps each criterion to 0/1/2', () => {
    expect(criteriaSeverities({ a: 'partly', b: 'exhausted', c: 'normal' })).toEqual([1, 2, 0]);
  });
});

describe('effectiveImpact', () => {
  const criteria: ImpactCriteria = { a: 'no', b: 'yes', c: 'normal' };

  it('computes from criteria when the mode allows, overriding a direct level', () => {
    expect(effectiveImpact({ impact: 2, criteria }, { impactMode: 'either' })).toBe(4);
    expect(effectiveImpact({ impact: null, criteria }, { impactMode: 'criteria' })).toBe(4);
  });

  it('ignores criteria in direct mode', () => {
    expect(effectiveImpact({ impact: 2, criteria }, { impactMode: 'direct' })).toBe(2);
  });

  it('falls back to the direct level, or null', () => {
    expect(effectiveImpact({ impact: 3, criteria: null }, { impactMode: 'criteria' })).toBe(3);
    expect(effectiveImpact({ impact: null, criteria: null }, { impactMode: 'either' })).toBeNull();
    expect(effectiveImpact(undefined, { impactMode: 'either' })).toBeNull();
  });
});

describe('labels and guards', () => {
  it('exports one i18n key per level', () => {
    expect(IMPACT_LABEL_KEYS).toEqual(['impact.1', 'impact.2', 'impact.3', 'impact.4', 'impact.5']);
    expect(impactLabelKey(4)).toBe('impact.4');
  });

  it('recognises levels and serious levels', () => {
    expect(isImpactLevel(3)).toBe(true);
    expect(isImpactLevel(0)).toBe(false);
    expect(isImpactLevel(2.5)).toBe(false);
    expect(isImpactLevel('3')).toBe(false);
    expect(isSeriousImpact(3)).toBe(false);
    expect(isSeriousImpact(4)).toBe(true);
    expect(isSeriousImpact(null)).toBe(false);
  });
});
