/**
 * Synthetic but plausible answers for the demo: deterministic (a seeded PRNG per
 * organisation, area and week), mostly calm, a few municipalities in serious trouble for a
 * stretch of weeks, a pressure that rises over the period, and comments that are often
 * repeated word for word (so carried-over and stale comments show up in the picture).
 */
import type { Answers, ImpactCriteria, ImpactLevel } from '../../core/reports/answers';
import type { FigureDefinition, TemplateDefinition } from '../../core/reports/template-definition';
import { figureBounds } from '../../core/reports/validate-answers';

/** FNV-1a: a stable 32-bit hash of a string, to seed the PRNG. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast and good enough for demo data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const randomFor = (...parts: (string | number)[]) => prng(hashString(parts.join('|')));

/** The big cities get bigger numbers; everyone else a spread around a mid-sized municipality. */
const BIG: Record<string, number> = { '0180': 14, '1480': 9, '1280': 5, '0380': 3, '0580': 2.5, '1880': 2.5 };

export interface OrgProfile {
  code: string;
  size: number;
  /** Baseline level per area key. */
  base: Record<string, 1 | 2>;
  trouble: { areaKey: string; start: number; length: number; peak: 4 | 5 } | null;
  usesCriteria: boolean;
  /** Keeps the same comment text as long as the level band stays the same. */
  sticky: boolean;
  hasNeeds: boolean;
  skipsFigure: (key: string) => boolean;
}

/**
 * About 7 % of the members are in serious trouble in one area for a stretch of weeks; in a
 * small network at least about two, so its picture has something to show too.
 */
export function orgProfile(
  code: string,
  templateName: string,
  def: TemplateDefinition,
  weeks: number,
  members: number,
): OrgProfile {
  const r = randomFor('profile', templateName, code);
  const base: Record<string, 1 | 2> = {};
  for (const area of def.areas) base[area.key] = r() < 0.3 ? 2 : 1;
  const troubled = r() < Math.max(0.07, 2 / Math.max(1, members));
  const troubleArea = def.areas[Math.floor(r() * def.areas.length)];
  const start = Math.floor(weeks * 0.3 + r() * weeks * 0.6);
  return {
    code,
    size: BIG[code] ?? Math.max(0.15, Math.exp((r() - 0.5) * 2.2) * 0.6),
    base,
    trouble:
      troubled && troubleArea
        ? { areaKey: troubleArea.key, start, length: 3 + Math.floor(r() * 5), peak: r() < 0.3 ? 5 : 4 }
        : null,
    usesCriteria: r() < 0.4,
    sticky: r() < 0.4,
    hasNeeds: r() < 0.18,
    skipsFigure: (key) => randomFor('skip', code, key)() < 0.1,
  };
}

/** A pressure that rises over the period (0 at the start, about 1 in the latest week). */
export function wave(week: number, weeks: number): number {
  return weeks <= 1 ? 1 : 0.2 + 0.8 * (week / (weeks - 1)) + 0.15 * Math.sin(week * 1.3);
}

export function levelFor(profile: OrgProfile, areaKey: string, week: number, weeks: number): ImpactLevel {
  const t = profile.trouble;
  if (t && t.areaKey === areaKey && week >= t.start && week < t.start + t.length) {
    const into = week - t.start;
    if (into === 0) return 3;
    return into === t.length - 1 && t.length > 3 ? 4 : t.peak;
  }
  const r = randomFor('level', profile.code, areaKey, week);
  let level = profile.base[areaKey] ?? 1;
  if (r() < wave(week, weeks) * 0.3) level += 1;
  if (level === 3 && r() < 0.5) level = 2;
  return level === 1 || level === 2 || level === 3 ? level : 2;
}

function criteriaFor(level: ImpactLevel, r: () => number): ImpactCriteria {
  const pick = () => Math.floor(r() * 3);
  const c: [number, number, number] = [0, 0, 0];
  if (level === 2) c[pick()] = 1;
  if (level === 3) c.fill(1);
  if (level === 4) {
    c[pick()] = 2;
    c.forEach((v, i) => {
      if (v === 0 && r() < 0.4) c[i] = 1;
    });
  }
  if (level === 5) c.fill(2);
  return {
    a: (['yes', 'partly', 'no'] as const)[c[0]] ?? 'yes',
    b: (['yes', 'strained', 'exhausted'] as const)[c[1]] ?? 'yes',
    c: (['normal', 'becoming_overwhelming', 'overwhelming'] as const)[c[2]] ?? 'normal',
  };
}

const SERIOUS = [
  'Hög sjukfrånvaro bland personalen; bemanningen klaras bara med inhyrd personal och övertid.',
  'Smittspridning på flera enheter. Besöksrestriktioner har införts och insatser prioriteras om.',
  'Brist på vikarier gör att planerade insatser skjuts upp. Lagkraven kan inte uppfyllas fullt ut.',
  'Handläggningstiderna har ökat kraftigt och personalen är mycket belastad sedan flera veckor.',
  'Platsbrist: tillfälliga platser har öppnats och vi söker stöd från grannkommunerna.',
  'Krisledningsgruppen är aktiverad. Vi behöver stöd med bemanning de närmaste veckorna.',
];
const STRAINED = [
  'Ansträngt läge men verksamheten bedrivs enligt plan.',
  'Ökad frånvaro; vi följer läget dagligen.',
  'Fler ärenden än normalt, prioriteringar görs inom enheten.',
  'Viss brist på skyddsutrustning, beställning är lagd.',
];
const CALM = [
  'Läget är stabilt.',
  'Inga större förändringar sedan förra veckan.',
  'Något förhöjd frånvaro men ingen påverkan på verksamheten.',
];
const NEEDS = [
  'Behov av stöd med rekrytering av sjuksköterskor.',
  'Vi önskar regional samordning av skyddsutrustning.',
  'Behov av tolkstöd vid mottagandet.',
  'Önskar erfarenhetsutbyte kring bemanning under sommaren.',
];

function pickText(pool: readonly string[], r: () => number): string {
  return pool[Math.floor(r() * pool.length)] ?? pool[0] ?? '';
}

function commentFor(profile: OrgProfile, areaKey: string, level: ImpactLevel, week: number): string {
  const band = level >= 4 ? 'serious' : level === 3 ? 'strained' : 'calm';
  const r = profile.sticky
    ? randomFor('comment', profile.code, areaKey, band)
    : randomFor('comment', profile.code, areaKey, band, week);
  if (band === 'serious') return pickText(SERIOUS, r);
  if (band === 'strained') return r() < 0.6 ? pickText(STRAINED, r) : '';
  return r() < 0.08 ? pickText(CALM, r) : '';
}

function figureValue(
  f: FigureDefinition,
  profile: OrgProfile,
  level: number,
  week: number,
  weeks: number,
): number {
  const r = randomFor('figure', profile.code, f.key, week);
  const pressure = 1 + 0.3 * wave(week, weeks);
  let value: number;
  if (f.type === 'percent') value = Math.round((3 + 2.5 * level + r() * 4) * 10) / 10;
  else if (f.unit === 'dagar') value = Math.round(60 - 10 * level + (r() - 0.5) * 16);
  else if (f.countsPersons) value = Math.floor(r() * r() * profile.size * level * 3 * pressure);
  else if (f.key === 'free_places')
    value = Math.round(profile.size * 8 * (1.2 - 0.2 * level) * (0.7 + r() * 0.6));
  else value = Math.round(profile.size * 12 * pressure * (0.7 + r() * 0.6));
  if (f.type === 'integer') value = Math.round(value);
  const { min, max } = figureBounds(f);
  if (min !== undefined) value = Math.max(min, value);
  if (max !== undefined) value = Math.min(max, value);
  return value;
}

/** Complete answers that pass submission against `def` (comments wherever the level needs one). */
export function demoAnswers(
  def: TemplateDefinition,
  profile: OrgProfile,
  week: number,
  weeks: number,
): Answers {
  const answers: Answers = { areas: {}, figures: {}, texts: {} };
  let worst = 1;
  for (const area of def.areas) {
    const level = levelFor(profile, area.key, week, weeks);
    worst = Math.max(worst, level);
    const criteria =
      area.impactMode === 'criteria' || (area.impactMode === 'either' && profile.usesCriteria)
        ? criteriaFor(level, randomFor('criteria', profile.code, area.key, level))
        : null;
    let comment = commentFor(profile, area.key, level, week);
    if (area.commentRequiredFrom !== null && level >= area.commentRequiredFrom && !comment) {
      comment = pickText(SERIOUS, randomFor('fallback', profile.code, area.key));
    }
    answers.areas[area.key] = { impact: level, criteria, comment };
    for (const f of area.figures) {
      if (!profile.skipsFigure(f.key) || f.required)
        answers.figures[f.key] = figureValue(f, profile, level, week, weeks);
    }
  }
  for (const f of def.figures) {
    if (!profile.skipsFigure(f.key) || f.required)
      answers.figures[f.key] = figureValue(f, profile, worst, week, weeks);
  }
  for (const text of def.texts) {
    const r = randomFor('text', profile.code, text.key, profile.sticky ? 0 : Math.floor(week / 2));
    const wanted = text.required || (text.key === 'needs' && profile.hasNeeds && worst >= 2);
    answers.texts[text.key] = wanted ? pickText(NEEDS, r).slice(0, text.maxLength) : '';
  }
  return answers;
}

/** A draft left half-way: the levels are there, figures and comments partly. */
export function halfDone(answers: Answers, r: () => number): Answers {
  const figures: Answers['figures'] = {};
  for (const [key, value] of Object.entries(answers.figures)) if (r() < 0.5) figures[key] = value;
  return { areas: answers.areas, figures, texts: {} };
}
