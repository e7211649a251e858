import { criterionA, criterionB, criterionC, type ImpactCriteria, type ImpactLevel } from './answers';

/**
 * Reading single cells of an imported table. Files come from Swedish spreadsheets, so the
 * Swedish way of writing is accepted next to the plain one: decimal comma, space as
 * thousands separator, the level names of the impact scale.
 */

export type CellResult<T> = { ok: true; value: T | null } | { ok: false };

const blank = <T>(): CellResult<T> => ({ ok: true, value: null });
const invalid = <T>(): CellResult<T> => ({ ok: false });

/**
 * "12,5", "12.5", "1 234", "−3", "1e3" → number; "" → null. A percent cell may end in "%".
 * A value with both a comma and a point ("1,234.5") is rejected: in a Swedish file we
 * cannot tell which one is the decimal sign, and guessing would import a wrong figure.
 */
export function parseNumberCell(
  text: string,
  options: { allowPercentSign?: boolean } = {},
): CellResult<number> {
  let s = text.trim();
  if (s === '') return blank();
  // Spaces of every kind are thousands separators in Swedish (Excel uses no-break spaces).
  s = s.replace(/[\s\u00a0\u202f\u2009]/g, '').replace(/\u2212/g, '-');
  if (options.allowPercentSign && s.endsWith('%')) s = s.slice(0, -1);
  if (s.includes(',') && s.includes('.')) return invalid();
  s = s.replace(',', '.');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(s)) return invalid();
  const value = Number(s);
  return Number.isFinite(value) ? { ok: true, value } : invalid();
}

const impactNames: Record<string, ImpactLevel> = {
  'ingen påverkan': 1,
  ingen: 1,
  måttlig: 2,
  betydande: 3,
  allvarlig: 4,
  kritisk: 5,
};

/** "4", "4 Allvarlig", "4 - Allvarlig" or "Allvarlig" → 4; "" → null. */
export function parseImpactCell(text: string): CellResult<ImpactLevel> {
  const s = text.trim().toLocaleLowerCase('sv').replace(/\s+/g, ' ');
  if (s === '') return blank();
  const numbered = /^([1-5])(?:[.,]0+)?(?:\s*[-–:.]?\s*(\p{L}[\p{L} ]*))?$/u.exec(s);
  if (numbered) {
    const level = levelOf(Number(numbered[1]));
    const name = numbered[2];
    // "4 Kritisk" contradicts itself: better to ask than to pick one.
    if (level === null || (name !== undefined && impactNames[name.trim()] !== level)) return invalid();
    return { ok: true, value: level };
  }
  const named = impactNames[s];
  return named === undefined ? invalid() : { ok: true, value: named };
}

function levelOf(n: number): ImpactLevel | null {
  return n === 1 || n === 2 || n === 3 || n === 4 || n === 5 ? n : null;
}

type Criterion = keyof ImpactCriteria;

/** Accepted spellings per criterion, by value: the stored code, its severity 0–2, Swedish words. */
const criterionSpellings: { [C in Criterion]: Record<ImpactCriteria[C], readonly string[]> } = {
  a: { yes: ['yes', '0', 'ja'], partly: ['partly', '1', 'delvis'], no: ['no', '2', 'nej'] },
  b: {
    yes: ['yes', '0', 'ja', 'tillräckliga'],
    strained: ['strained', '1', 'ansträngd', 'ansträngda', 'ansträngt'],
    exhausted: ['exhausted', '2', 'uttömd', 'uttömda', 'uttömt', 'slut'],
  },
  c: {
    normal: ['normal', '0', 'normala'],
    becoming_overwhelming: [
      'becoming_overwhelming',
      '1',
      'på väg att bli överväldigande',
      'nära överväldigande',
    ],
    overwhelming: ['overwhelming', '2', 'överväldigande'],
  },
};

function lookup<V extends string>(
  spellings: Record<V, readonly string[]>,
  values: readonly V[],
): ReadonlyMap<string, V> {
  return new Map(values.flatMap((value) => spellings[value].map((spelling) => [spelling, value] as const)));
}

const criterionLookups: { [C in Criterion]: ReadonlyMap<string, ImpactCriteria[C]> } = {
  a: lookup(criterionSpellings.a, criterionA.options),
  b: lookup(criterionSpellings.b, criterionB.options),
  c: lookup(criterionSpellings.c, criterionC.options),
};

export function parseCriterionCell<C extends Criterion>(
  criterion: C,
  text: string,
): CellResult<ImpactCriteria[C]> {
  const s = text.trim().toLocaleLowerCase('sv').replace(/\s+/g, ' ');
  if (s === '') return blank();
  const lookupOfCriterion: ReadonlyMap<string, ImpactCriteria[C]> = criterionLookups[criterion];
  const value = lookupOfCriterion.get(s);
  return value === undefined ? invalid() : { ok: true, value };
}

/** Spreadsheet column letter of a 0-based index: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
