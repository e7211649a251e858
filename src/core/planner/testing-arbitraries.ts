import fc from 'fast-check';
import { defaultWeights, type PlannerInput } from './types';

/**
 * Small random planner instances (≤ 7 households × ≤ 4 municipalities) for property tests:
 * tight quotas and few large or accessible units, so capacity rows actually bind.
 */
export function smallInstance(maxHouseholds = 7, maxMunicipalities = 4): fc.Arbitrary<PlannerInput> {
  return fc
    .record({
      municipalityCount: fc.integer({ min: 1, max: maxMunicipalities }),
      householdCount: fc.integer({ min: 0, max: maxHouseholds }),
      seedData: fc.array(fc.nat({ max: 1000 }), { minLength: 200, maxLength: 200 }),
      largeFrom: fc.integer({ min: 3, max: 6 }),
    })
    .map(({ municipalityCount, householdCount, seedData, largeFrom }) => {
      let k = 0;
      const next = (n: number) => (seedData[k++ % seedData.length] ?? 0) % n;
      const codes = Array.from({ length: municipalityCount }, (_, i) => `99${String(i).padStart(2, '0')}`);
      const municipalities = codes.map((code) => ({
        code,
        name: `Kommun ${code}`,
        remainingQuota: next(12),
        freePlaces: next(14),
        units: [
          { beds: 2 + next(6), accessible: next(3) === 0, count: next(3) },
          { beds: 3 + next(5), accessible: next(2) === 0, count: next(2) },
        ],
      }));
      const households = Array.from({ length: householdCount }, (_, i) => {
        const persons = 1 + next(7);
        const adults = 1 + next(persons);
        const fit: Record<string, number> = {};
        for (const code of codes) if (next(2) === 0) fit[code] = next(101) / 100;
        return {
          id: `H${i}`,
          persons,
          adults: Math.min(adults, persons),
          children: persons - Math.min(adults, persons),
          currentMunicipality: next(3) === 0 ? (codes[next(municipalityCount)] ?? null) : null,
          familyMunicipality: next(3) === 0 ? (codes[next(municipalityCount)] ?? null) : null,
          needsLarge: next(6) === 0,
          needsAccessible: next(5) === 0,
          fit,
        };
      });
      return { households, municipalities, weights: { ...defaultWeights, largeFrom } };
    });
}
