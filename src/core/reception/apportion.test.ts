import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ApportionParams,
  apportion,
  DEFAULT_FACTORS,
  FACTOR_KEYS,
  type FactorKey,
  type MunicipalityInput,
} from './apportion';
import { largestRemainder } from './apportion-hamilton';
import { applyTransfer } from './apportion-transfer';

function mun(code: string, population: number, over: Partial<MunicipalityInput> = {}): MunicipalityInput {
  return {
    code,
    countyCode: code.slice(0, 2),
    population,
    labourMarket: 70,
    newcomersReceived: 0,
    minorsReceived: 0,
    asylumSeekersAbo: 0,
    asylumSeekersEbo: 0,
    temporaryProtection: 0,
    housing: null,
    ...over,
  };
}

const populationOnly: ApportionParams = {
  nationalTotal: 100,
  floor: 0,
  populationWeight: 1,
  factors: {
    labourMarket: { weight: 0, direction: 1 },
    earlierReception: { weight: 0, direction: -1 },
    asylumSeekers: { weight: 0, direction: -1 },
    housing: { weight: 0, direction: 1 },
  },
};

function ok<T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> {
  if (!r.ok) throw new Error(`expected ok: ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
}

describe('largestRemainder', () => {
  it('gives the classic Hamilton result', () => {
    // Quotas 4.3, 3.4, 2.3 of 10: floors 4, 3, 2 and the one left goes to the largest remainder.
    const r = ok(
      largestRemainder(10, [
        { key: 'a', score: 43, floor: 0 },
        { key: 'b', score: 34, floor: 0 },
        { key: 'c', score: 23, floor: 0 },
      ]),
    );
    expect(r.units.map((u) => u.seats)).toEqual([4, 4, 2]);
  });

  it('fixes floored units and shares the rest again', () => {
    const r = ok(
      largestRemainder(30, [
        { key: 'a', score: 1, floor: 7 },
        { key: 'b', score: 50, floor: 7 },
        { key: 'c', score: 49, floor: 7 },
      ]),
    );
    // a's quota 0.3 < 7: fixed at 7; 23 left for b and c (11.6 and 11.4).
    expect(r.units.map((u) => [u.key, u.seats, u.floored])).toEqual([
      ['a', 7, true],
      ['b', 12, false],
      ['c', 11, false],
    ]);
  });

  it('refuses floors above the total', () => {
    expect(
      largestRemainder(10, [
        { key: 'a', score: 1, floor: 6 },
        { key: 'b', score: 1, floor: 6 },
      ]),
    ).toEqual({ ok: false, code: 'floors_exceed_total', floors: 12, total: 10 });
  });

  it('breaks ties by score, then key, whatever the order', () => {
    const units = [
      { key: 'b', score: 1, floor: 0 },
      { key: 'a', score: 1, floor: 0 },
      { key: 'c', score: 1, floor: 0 },
    ];
    const r1 = ok(largestRemainder(2, units));
    const r2 = ok(largestRemainder(2, [...units].reverse()));
    expect(r1).toEqual(r2);
    expect(r1.units.map((u) => u.seats)).toEqual([1, 1, 0]);
  });
});

describe('apportion: known cases', () => {
  it('splits by population when only population counts', () => {
    const r = ok(apportion(populationOnly, [mun('0101', 600), mun('0102', 300), mun('0201', 100)]));
    expect(r.counties.map((c) => [c.countyCode, c.lanstal])).toEqual([
      ['01', 90],
      ['02', 10],
    ]);
    expect(r.municipalities.map((m) => [m.code, m.kommuntal])).toEqual([
      ['0101', 60],
      ['0102', 30],
      ['0201', 10],
    ]);
  });

  it('holds every municipality at the floor and every county at its municipalities’ floors', () => {
    const r = ok(
      apportion({ ...populationOnly, nationalTotal: 50, floor: 7 }, [
        mun('0101', 100_000),
        mun('0102', 500),
        mun('0201', 400),
      ]),
    );
    expect(r.municipalities.map((m) => [m.code, m.kommuntal, m.floored])).toEqual([
      ['0101', 36, false],
      ['0102', 7, true],
      // Its county was held at 7 (one municipality × the floor), which it then gets in full.
      ['0201', 7, false],
    ]);
  });

  it('gives fewer to a municipality that received more earlier when the factor counts against', () => {
    const params: ApportionParams = {
      ...populationOnly,
      populationWeight: 0,
      factors: { ...populationOnly.factors, earlierReception: { weight: 1, direction: -1 } },
    };
    const r = ok(apportion(params, [mun('0101', 1000, { newcomersReceived: 50 }), mun('0102', 1000)]));
    // Mean intensity 0.025: scores 1000/(1+2) and 1000/(1+0), shares 1/4 and 3/4.
    expect(r.municipalities.map((m) => m.kommuntal)).toEqual([25, 75]);
  });

  it('reports bad parameters with field paths', () => {
    const r = apportion(
      {
        ...populationOnly,
        nationalTotal: -5,
        factors: { ...populationOnly.factors, housing: { weight: Number.NaN, direction: 1 } },
      },
      [mun('0101', 0)],
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path)).toEqual([
      'nationalTotal',
      'factors.housing.weight',
      'municipalities.0.population',
    ]);
  });

  it('refuses all-zero weights and floors above the total', () => {
    const zero = apportion({ ...populationOnly, populationWeight: 0 }, [mun('0101', 10)]);
    expect(zero).toMatchObject({ ok: false, issues: [{ code: 'weights_all_zero' }] });
    const floors = apportion({ ...populationOnly, nationalTotal: 13, floor: 7 }, [
      mun('0101', 10),
      mun('0102', 10),
    ]);
    expect(floors).toMatchObject({
      ok: false,
      issues: [{ path: 'nationalTotal', code: 'floors_exceed_total', params: { floors: 14, total: 13 } }],
    });
  });

  it('treats a missing housing value as the national mean', () => {
    const params: ApportionParams = {
      ...populationOnly,
      populationWeight: 0,
      factors: { ...populationOnly.factors, housing: { weight: 1, direction: 1 } },
    };
    const r = ok(apportion(params, [mun('0101', 100, { housing: 2 }), mun('0102', 100, { housing: null })]));
    expect(r.municipalities.map((m) => m.kommuntal)).toEqual([50, 50]);
  });
});

describe('applyTransfer', () => {
  const allocation = new Map([
    ['0101', { countyCode: '01', kommuntal: 20 }],
    ['0102', { countyCode: '01', kommuntal: 10 }],
    ['0201', { countyCode: '02', kommuntal: 15 }],
  ]);
  it('moves persons within a county', () => {
    expect(applyTransfer(allocation, { fromCode: '0101', toCode: '0102', persons: 5 }, 7)).toEqual({
      ok: true,
      from: 15,
      to: 15,
    });
  });
  it('refuses across counties, below the floor, to itself and unknown codes', () => {
    expect(applyTransfer(allocation, { fromCode: '0101', toCode: '0201', persons: 1 }, 7)).toMatchObject({
      code: 'different_county',
    });
    expect(applyTransfer(allocation, { fromCode: '0102', toCode: '0101', persons: 4 }, 7)).toMatchObject({
      code: 'below_floor',
      params: { max: 3 },
    });
    expect(applyTransfer(allocation, { fromCode: '0101', toCode: '0101', persons: 1 }, 7)).toMatchObject({
      code: 'same_municipality',
    });
    expect(applyTransfer(allocation, { fromCode: '9999', toCode: '0101', persons: 1 }, 7)).toMatchObject({
      code: 'unknown_municipality',
    });
    expect(applyTransfer(allocation, { fromCode: '0101', toCode: '0102', persons: 0 }, 7)).toMatchObject({
      code: 'not_positive_integer',
    });
  });
});

// ---------------------------------------------------------------- properties

const countyCodes = ['01', '03', '14', '25'];

/**
 * Rates and weights as statistics and decisions give them: a few decimals, zero included.
 * Arbitrary doubles reach subnormal magnitudes (3e-323 has three significant bits), where
 * any sum is noise and no property of the method could be checked.
 */
const hundredths = (max: number) => fc.integer({ min: 0, max }).map((n) => n / 100);
const thousandths = (min: number, max: number) => fc.integer({ min, max }).map((n) => n / 1000);

const municipalityArb = (code: string) =>
  fc
    .record({
      countyCode: fc.constantFrom(...countyCodes),
      population: fc.integer({ min: 1, max: 1_000_000 }),
      labourMarket: hundredths(10_000),
      newcomersReceived: fc.nat(5_000),
      minorsReceived: fc.nat(500),
      asylumSeekersAbo: fc.nat(2_000),
      asylumSeekersEbo: fc.nat(2_000),
      temporaryProtection: fc.nat(3_000),
      housing: fc.option(hundredths(5_000), { nil: null }),
    })
    .map((m): MunicipalityInput => ({ ...m, code: `${m.countyCode}${code}` }));

const municipalitiesArb = fc
  .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 25 })
  .chain((ids) => fc.tuple(...ids.map((id) => municipalityArb(String(id).padStart(2, '0')))))
  .map((rows) => {
    // The county is part of the code, so codes stay unique across counties.
    const seen = new Set<string>();
    return rows.filter((r) => !seen.has(r.code) && seen.add(r.code));
  });

const settingArb = fc.record({
  weight: thousandths(0, 1000),
  direction: fc.constantFrom(1 as const, -1 as const),
});

const paramsArb = (count: number) =>
  fc
    .record({
      floor: fc.integer({ min: 0, max: 10 }),
      extra: fc.integer({ min: 0, max: 5_000 }),
      populationWeight: thousandths(10, 1000),
      labourMarket: settingArb,
      earlierReception: settingArb,
      asylumSeekers: settingArb,
      housing: settingArb,
    })
    .map(
      (p): ApportionParams => ({
        floor: p.floor,
        nationalTotal: p.floor * count + p.extra,
        populationWeight: p.populationWeight,
        factors: {
          labourMarket: p.labourMarket,
          earlierReception: p.earlierReception,
          asylumSeekers: p.asylumSeekers,
          housing: p.housing,
        },
      }),
    );

const caseArb = municipalitiesArb.chain((rows) => fc.tuple(fc.constant(rows), paramsArb(rows.length)));

describe('apportion: properties', () => {
  it('sums exactly, nationally and per county, and holds the floors', () => {
    fc.assert(
      fc.property(caseArb, ([rows, params]) => {
        const r = ok(apportion(params, rows));
        expect(r.counties.reduce((s, c) => s + c.lanstal, 0)).toBe(params.nationalTotal);
        for (const c of r.counties) {
          const inCounty = r.municipalities.filter((m) => m.countyCode === c.countyCode);
          expect(inCounty.reduce((s, m) => s + m.kommuntal, 0)).toBe(c.lanstal);
          expect(c.lanstal).toBeGreaterThanOrEqual(params.floor * inCounty.length);
        }
        for (const m of r.municipalities) {
          expect(Number.isInteger(m.kommuntal)).toBe(true);
          expect(m.kommuntal).toBeGreaterThanOrEqual(params.floor);
          // Hamilton's quota property: never more than one away from the exact quota.
          expect(Math.abs(m.kommuntal - m.quota)).toBeLessThan(1 + 1e-9);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the input order', () => {
    fc.assert(
      fc.property(
        caseArb.chain(([rows, params]) =>
          fc.tuple(
            fc.constant(rows),
            fc.constant(params),
            fc.shuffledSubarray(rows, { minLength: rows.length }),
          ),
        ),
        ([rows, params, shuffled]) => {
          expect(apportion(params, shuffled)).toEqual(apportion(params, rows));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses floors above the total instead of cutting someone', () => {
    fc.assert(
      fc.property(municipalitiesArb, fc.integer({ min: 1, max: 20 }), (rows, floor) => {
        const r = apportion({ ...populationOnly, floor, nationalTotal: floor * rows.length - 1 }, rows);
        expect(r).toMatchObject({ ok: false, issues: [{ code: 'floors_exceed_total' }] });
      }),
    );
  });

  /** Raises one municipality's value of a factor (the input fields behind its intensity). */
  function raise(m: MunicipalityInput, factor: FactorKey, by: number): MunicipalityInput {
    switch (factor) {
      case 'labourMarket':
        return { ...m, labourMarket: m.labourMarket + by };
      case 'earlierReception':
        return { ...m, newcomersReceived: m.newcomersReceived + Math.ceil(by * 10) };
      case 'asylumSeekers':
        return { ...m, asylumSeekersEbo: m.asylumSeekersEbo + Math.ceil(by * 10) };
      case 'housing':
        return { ...m, housing: (m.housing ?? 0) + by };
    }
  }

  const monotonicArb = caseArb.chain(([rows, params]) =>
    fc.tuple(
      fc.constant(rows),
      fc.constant(params),
      fc.nat(rows.length - 1),
      fc.constantFrom(...FACTOR_KEYS),
      fc.double({ min: 0.5, max: 50, noNaN: true }),
    ),
  );

  it('moves each municipality’s unrounded share in the factor’s declared direction', () => {
    fc.assert(
      fc.property(monotonicArb, ([rows, params, index, factor, by]) => {
        const target = rows[index] as MunicipalityInput;
        // Housing: compare from a known value, as null means "the national mean".
        const base = rows.map((m, i) =>
          i === index && factor === 'housing' ? { ...m, housing: m.housing ?? 1 } : m,
        );
        const before = ok(apportion(params, base));
        const after = ok(
          apportion(
            params,
            base.map((m, i) => (i === index ? raise(m, factor, by) : m)),
          ),
        );
        const share = (r: typeof before) => r.municipalities.find((m) => m.code === target.code)?.share ?? 0;
        const direction = params.factors[factor].direction;
        const tolerance = 1e-12;
        if (direction === 1) expect(share(after)).toBeGreaterThanOrEqual(share(before) - tolerance);
        else expect(share(after)).toBeLessThanOrEqual(share(before) + tolerance);
      }),
      { numRuns: 400 },
    );
  });

  it('moves the unrounded share strictly when every municipality has a positive value and the factor weighs', () => {
    const positive = fc
      .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 2, maxLength: 12 })
      .chain((ids) =>
        fc.tuple(
          ...ids.map((id) =>
            fc
              .record({
                countyCode: fc.constantFrom(...countyCodes),
                population: fc.integer({ min: 1_000, max: 500_000 }),
                labourMarket: fc.double({ min: 10, max: 100, noNaN: true }),
                newcomersReceived: fc.integer({ min: 10, max: 5_000 }),
                minorsReceived: fc.nat(500),
                asylumSeekersAbo: fc.integer({ min: 10, max: 2_000 }),
                asylumSeekersEbo: fc.nat(2_000),
                temporaryProtection: fc.nat(3_000),
                housing: fc.double({ min: 1, max: 50, noNaN: true }),
              })
              .map(
                (m): MunicipalityInput => ({ ...m, code: `${m.countyCode}${String(id).padStart(2, '0')}` }),
              ),
          ),
        ),
      );
    fc.assert(
      fc.property(
        positive,
        fc.constantFrom(...FACTOR_KEYS),
        fc.constantFrom(1 as const, -1 as const),
        fc.double({ min: 0.1, max: 1, noNaN: true }),
        (rows, factor, direction, weight) => {
          const params: ApportionParams = {
            ...populationOnly,
            nationalTotal: 10_000,
            factors: { ...populationOnly.factors, [factor]: { weight, direction } },
          };
          const before = ok(apportion(params, rows));
          const raised = rows.map((m, i) => (i === 0 ? raise(m, factor, 20) : m));
          const after = ok(apportion(params, raised));
          const code = rows[0]?.code;
          const share = (r: typeof before) => r.municipalities.find((m) => m.code === code)?.share ?? 0;
          if (direction === 1) expect(share(after)).toBeGreaterThan(share(before));
          else expect(share(after)).toBeLessThan(share(before));
        },
      ),
      { numRuns: 300 },
    );
  });

  // Within the county, not nationally: growth at an intensity far above the mean of a `−`
  // factor (a labour-market indicator of 56 % in a municipality of 10) raises the county's
  // mean intensity, so the county's share — and with it the municipality's national share —
  // can fall by a few parts in a million (seen with fast-check seed -1587184238).
  it('never lowers a municipality’s share within its county when its population grows', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.integer({ min: 1, max: 100_000 }), ([rows, params], pick, more) => {
        const index = pick % rows.length;
        const before = ok(apportion(params, rows));
        const after = ok(
          apportion(
            params,
            rows.map((m, i) => (i === index ? { ...m, population: m.population + more } : m)),
          ),
        );
        const code = rows[index]?.code;
        const share = (r: typeof before) =>
          r.municipalities.find((m) => m.code === code)?.countyShare ?? Number.NaN;
        // Relative tolerance for floating-point rounding in the sums, nothing more.
        expect(share(after)).toBeGreaterThanOrEqual(share(before) * (1 - 1e-12));
      }),
      { numRuns: 300 },
    );
  });

  it('moves the rounded result weakly in the declared direction (at most one against it across two levels)', () => {
    fc.assert(
      fc.property(monotonicArb, ([rows, params, index, factor, by]) => {
        const target = rows[index] as MunicipalityInput;
        const base = rows.map((m, i) =>
          i === index && factor === 'housing' ? { ...m, housing: m.housing ?? 1 } : m,
        );
        const before = ok(apportion(params, base));
        const after = ok(
          apportion(
            params,
            base.map((m, i) => (i === index ? raise(m, factor, by) : m)),
          ),
        );
        const seats = (r: typeof before) =>
          r.municipalities.find((m) => m.code === target.code)?.kommuntal ?? 0;
        const d = params.factors[factor].direction;
        expect(d * (seats(after) - seats(before))).toBeGreaterThanOrEqual(-1);
      }),
      { numRuns: 300 },
    );
  });

  it('single level: a larger share never costs a unit anything when the total is fixed', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 20 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 500 }),
        fc.double({ min: 1.01, max: 5, noNaN: true }),
        (scores, floor, extra, factor) => {
          const units = scores.map((score, i) => ({ key: `k${String(i).padStart(2, '0')}`, score, floor }));
          const total = floor * units.length + extra;
          const before = ok(largestRemainder(total, units));
          const raised = units.map((u, i) => (i === 0 ? { ...u, score: u.score * factor + 1 } : u));
          const after = ok(largestRemainder(total, raised));
          expect(after.units[0]?.seats).toBeGreaterThanOrEqual(before.units[0]?.seats ?? 0);
          expect(after.units.reduce((s, u) => s + u.seats, 0)).toBe(total);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps the county total in a valid transfer', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 50 }),
        ([rows, params], a, b, persons) => {
          const r = ok(apportion(params, rows));
          const allocation = new Map(r.municipalities.map((m) => [m.code, m]));
          const from = r.municipalities[a % r.municipalities.length];
          const to = r.municipalities[b % r.municipalities.length];
          if (!from || !to) return;
          const t = applyTransfer(
            allocation,
            { fromCode: from.code, toCode: to.code, persons },
            params.floor,
          );
          if (!t.ok) return;
          expect(from.countyCode).toBe(to.countyCode);
          expect(t.from + t.to).toBe(from.kommuntal + to.kommuntal);
          expect(t.from).toBeGreaterThanOrEqual(params.floor);
        },
      ),
    );
  });

  it('defaults are valid', () => {
    const r = apportion({ nationalTotal: 1000, floor: 7, populationWeight: 0.4, factors: DEFAULT_FACTORS }, [
      mun('0101', 1000),
      mun('0102', 5000),
    ]);
    expect(r.ok).toBe(true);
  });
});
