import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForceOptimum } from './brute-force';
import { proposalTerms, unplacedReason } from './explain';
import { greedyAssignment } from './greedy';
import { buildModel, eligible } from './model';
import { evaluate } from './objective';
import { smallInstance } from './testing-arbitraries';
import { defaultWeights, type PlannerInput } from './types';
import { unknownReferences, validateInput } from './validate';

/** The element at `i`, or a failed test: the fixtures always have it. */
function at<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new Error(`fixture has no element ${i}`);
  return item;
}
const first = <T>(items: readonly T[]): T => at(items, 0);

const base = (): PlannerInput => ({
  weights: defaultWeights,
  municipalities: [
    {
      code: '1480',
      name: 'Göteborg',
      remainingQuota: 10,
      freePlaces: 10,
      units: [{ beds: 6, accessible: false, count: 1 }],
    },
    {
      code: '1481',
      name: 'Mölndal',
      remainingQuota: 4,
      freePlaces: 4,
      units: [{ beds: 2, accessible: true, count: 1 }],
    },
  ],
  households: [
    { id: 'a', persons: 6, adults: 2, children: 4, currentMunicipality: '1481' },
    { id: 'b', persons: 2, adults: 1, children: 1, familyMunicipality: '1481', needsAccessible: true },
  ],
});

describe('validateInput', () => {
  it('accepts good input', () => expect(validateInput(base())).toEqual([]));

  it('lists every problem: negative quota, zero persons, composition, duplicates, fit range, weights', () => {
    const input = base();
    input.municipalities[0] = { ...first(input.municipalities), remainingQuota: -1 };
    input.municipalities.push({ ...at(input.municipalities, 1), freePlaces: -2 });
    input.households.push({ id: 'a', persons: 0, adults: 0, children: 0 });
    input.households.push({ id: 'c', persons: 3, adults: 1, children: 1, fit: { '1480': 1.5, '9999': 0.2 } });
    input.weights = { ...input.weights, stay: -1 };
    const codes = validateInput(input).map((i) => i.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'negative_quota',
        'duplicate_municipality',
        'negative_places',
        'duplicate_household',
        'invalid_persons',
        'composition_mismatch',
        'fit_out_of_range',
        'unknown_municipality',
        'invalid_weight',
      ]),
    );
  });

  it('reports households referring to an unknown municipality, not as an input error', () => {
    const input = base();
    input.households[0] = { ...first(input.households), familyMunicipality: '0000' };
    expect(validateInput(input)).toEqual([]);
    expect(unknownReferences(input)).toEqual(new Map([[0, '0000']]));
  });
});

describe('model and objective', () => {
  it('needs a unit with enough beds for a large household, and an accessible unit when asked', () => {
    const model = buildModel(base());
    expect(eligible(model, 0, 0)).toBe(true);
    expect(eligible(model, 0, 1)).toBe(false);
    expect(eligible(model, 1, 0)).toBe(false);
    expect(eligible(model, 1, 1)).toBe(true);
  });

  it('scores persons first, then stay, family and fit', () => {
    const model = buildModel(base());
    const e = evaluate(model, Int32Array.from([0, 1]));
    expect(e.objective).toBe(100 * 8 + defaultWeights.family);
    expect(e.placedPersons).toBe(8);
    expect(e.violations).toEqual([]);
  });

  it('flags a placement that breaks quota or housing', () => {
    const model = buildModel(base());
    const e = evaluate(model, Int32Array.from([1, 1]));
    expect(e.violations.map((v) => v.kind)).toEqual(expect.arrayContaining(['quota', 'places', 'units']));
  });
});

describe('greedy and brute force', () => {
  it('greedy is feasible and never beats the optimum', () => {
    fc.assert(
      fc.property(smallInstance(), (input) => {
        const model = buildModel(input);
        const greedy = evaluate(model, greedyAssignment(model));
        expect(greedy.violations).toEqual([]);
        const best = bruteForceOptimum(model);
        expect(evaluate(model, best.assignment).objective).toBeCloseTo(best.objective, 9);
        expect(greedy.objective).toBeLessThanOrEqual(best.objective + 1e-9);
      }),
      { numRuns: 200 },
    );
  });

  it('greedy is deterministic', () => {
    const model = buildModel(base());
    expect(Array.from(greedyAssignment(model))).toEqual(Array.from(greedyAssignment(model)));
  });
});

describe('explanations', () => {
  it('names the deciding terms', () => {
    const model = buildModel(base());
    expect(proposalTerms(model, 1, 1)).toEqual(['family']);
    // Household a lives in Mölndal, which has no unit for six: capacity decided.
    expect(proposalTerms(model, 0, 0)).toEqual(['capacity']);
  });

  it('explains why a household cannot be placed', () => {
    const input = base();
    input.households.push({ id: 'big', persons: 9, adults: 2, children: 7 });
    input.households.push({ id: 'acc6', persons: 6, adults: 2, children: 4, needsAccessible: true });
    input.municipalities[0] = { ...first(input.municipalities), freePlaces: 20 };
    input.households.push({ id: 'q', persons: 12, adults: 12, children: 0, needsLarge: false });
    const model = buildModel({ ...input, weights: { ...defaultWeights, largeFrom: 13 } });
    expect(unplacedReason(model, 4)).toBe('no_quota');
    const sized = buildModel(input);
    expect(unplacedReason(sized, 2)).toBe('larger_than_any_unit');
    expect(unplacedReason(sized, 3)).toBe('no_accessible_unit');
    expect(unplacedReason(sized, 0)).toBe('capacity_exhausted');
  });
});
