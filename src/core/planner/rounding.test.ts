import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForceOptimum } from './brute-force';
import { buildModel } from './model';
import { evaluate } from './objective';
import { roundLpSolution } from './rounding';
import { smallInstance } from './testing-arbitraries';

describe('roundLpSolution', () => {
  it('always returns a feasible placement, whatever fractional values it is given', () => {
    fc.assert(
      fc.property(
        smallInstance(),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 40 }),
        (input, values) => {
          const model = buildModel(input);
          const lp: { household: number; municipality: number; value: number }[] = [];
          let k = 0;
          for (let h = 0; h < model.householdCount; h++)
            for (let m = 0; m < model.municipalityCount; m++) {
              const value = values[k++ % values.length] ?? 0;
              if (value > 0.3) lp.push({ household: h, municipality: m, value });
            }
          const out = roundLpSolution(model, lp);
          expect(evaluate(model, out).violations).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps an optimal integral solution optimal', () => {
    fc.assert(
      fc.property(smallInstance(), (input) => {
        const model = buildModel(input);
        const brute = bruteForceOptimum(model);
        const lp = Array.from(brute.assignment)
          .map((m, h) => ({ household: h, municipality: m, value: 1 }))
          .filter((c) => c.municipality >= 0);
        const out = evaluate(model, roundLpSolution(model, lp));
        expect(out.violations).toEqual([]);
        expect(out.objective).toBeCloseTo(brute.objective, 6);
      }),
      { numRuns: 150 },
    );
  });
});
