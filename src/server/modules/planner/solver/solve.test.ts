import fc from 'fast-check';
import loadHighs, { type Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { bruteForceOptimum } from '../../../../core/planner/brute-force';
import { buildModel } from '../../../../core/planner/model';
import { evaluate } from '../../../../core/planner/objective';
import { smallInstance } from '../../../../core/planner/testing-arbitraries';
import { defaultWeights, type PlannerInput } from '../../../../core/planner/types';
import { defaultSolveOptions, solvePlan } from './solve';

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

const exact = { ...defaultSolveOptions, mipRelGap: 0, timeLimitS: 30 };

describe('solvePlan on small instances', () => {
  it('finds the brute-force optimum, with a bound at or above it and greedy at or below it', () => {
    fc.assert(
      fc.property(smallInstance(), (input) => {
        const model = buildModel(input);
        const brute = bruteForceOptimum(model);
        const out = solvePlan(highs, model, exact);
        const judged = evaluate(model, out.assignment);
        expect(judged.violations).toEqual([]);
        expect(judged.objective).toBeCloseTo(out.objective, 6);
        expect(out.objective).toBeCloseTo(brute.objective, 6);
        expect(out.bound).toBeGreaterThanOrEqual(brute.objective - 1e-6);
        expect(out.greedyObjective).toBeLessThanOrEqual(brute.objective + 1e-6);
        expect(out.proven).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps a valid full-problem bound when candidates are restricted (column generation)', () => {
    fc.assert(
      fc.property(smallInstance(), (input) => {
        const model = buildModel(input);
        const brute = bruteForceOptimum(model);
        // One candidate per household and no full columns: pricing must find the rest.
        const out = solvePlan(highs, model, {
          ...exact,
          fullColumnLimit: 0,
          initialCandidates: 1,
          addPerRound: 1,
        });
        expect(out.fullColumns).toBe(out.eligiblePairs === 0);
        expect(out.bound).toBeGreaterThanOrEqual(brute.objective - 1e-6);
        expect(out.objective).toBeLessThanOrEqual(brute.objective + 1e-6);
        expect(evaluate(model, out.assignment).violations).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('prices in a municipality left out of the candidates when it is needed', () => {
    // Everyone prefers A. Greedy sends the largest household there and strands one of the
    // others; the optimum sends the largest to B, which is no household's first candidate.
    const input: PlannerInput = {
      weights: defaultWeights,
      municipalities: [
        { code: 'A', name: 'A', remainingQuota: 4, freePlaces: 10, units: [] },
        { code: 'B', name: 'B', remainingQuota: 3, freePlaces: 10, units: [] },
      ],
      households: [3, 2, 2].map((persons, i) => ({
        id: `h${i}`,
        persons,
        adults: persons,
        children: 0,
        fit: { A: 1, B: 0 },
      })),
    };
    const model = buildModel(input);
    const out = solvePlan(highs, model, { ...exact, fullColumnLimit: 0, initialCandidates: 1 });
    expect(out.pricingRounds).toBeGreaterThan(1);
    expect(evaluate(model, out.assignment).placedPersons).toBe(7);
    expect(out.greedyObjective).toBeLessThan(out.objective);
    expect(out.objective).toBeCloseTo(bruteForceOptimum(model).objective, 6);
    expect(out.gapPct).toBeLessThan(1e-6);
  });

  it('places nothing and explains nothing away when nothing fits', () => {
    const input: PlannerInput = {
      weights: defaultWeights,
      municipalities: [{ code: 'A', name: 'A', remainingQuota: 0, freePlaces: 0, units: [] }],
      households: [{ id: 'h', persons: 3, adults: 1, children: 2 }],
    };
    const out = solvePlan(highs, buildModel(input), exact);
    expect(Array.from(out.assignment)).toEqual([-1]);
    expect(out.objective).toBe(0);
    expect(out.bound).toBe(0);
    expect(out.gapPct).toBe(0);
  });
});
