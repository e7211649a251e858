import type { Answers, ImpactCriteria } from './answers';
import { listFigures, type TemplateDefinition } from './template-definition';
import { normalizeAnswers } from './validate-answers';

/** A comment or text carried unchanged this many rounds in a row is shown as stale. */
export const STALE_AFTER_ROUNDS = 3;

/**
 * One answer of a report: `impact:<area>` (level and criteria together), `comment:<area>`,
 * `figure:<key>` or `text:<key>`.
 */
export type AnswerKey = `${'impact' | 'comment' | 'figure' | 'text'}:${string}`;

/** 'new': nothing was answered last round and something is now; 'changed' includes clearing. */
export type ChangeStatus = 'changed' | 'unchanged' | 'new';

/** Consecutive rounds each comment or text has been carried over unchanged. */
export type CarriedOver = Record<string, number>;

type FlatValue = string | number | null;

function criteriaText(criteria: ImpactCriteria | null): string {
  return criteria ? `${criteria.a}/${criteria.b}/${criteria.c}` : '';
}

/**
 * Whitespace is ignored when comparing text, so re-saving a comment with a stray space or
 * line break does not hide that its content is the same as last week's.
 */
function normalizeText(text: string): string {
  // Most texts have nothing to normalize; testing is cheaper than always rebuilding them.
  return NEEDS_NORMALIZING.test(text) ? text.trim().replace(/\s+/g, ' ') : text;
}

/** Whitespace at an end, a run of it, or any whitespace but a plain space. */
const NEEDS_NORMALIZING = /^\s|\s$|\s\s|[^\S ]/;

function impactValue(impact: number | null, criteria: ImpactCriteria | null): FlatValue {
  return impact === null && criteria === null ? null : `${impact ?? ''}|${criteriaText(criteria)}`;
}

/** Every answer of a report by answer key; empty answers are null. */
export function flattenAnswers(answers: Answers): Map<AnswerKey, FlatValue> {
  const flat = new Map<AnswerKey, FlatValue>();
  for (const [key, area] of Object.entries(answers.areas)) {
    flat.set(`impact:${key}`, impactValue(area.impact, area.criteria));
    flat.set(`comment:${key}`, normalizeText(area.comment) || null);
  }
  for (const [key, value] of Object.entries(answers.figures)) flat.set(`figure:${key}`, value ?? null);
  for (const [key, value] of Object.entries(answers.texts))
    flat.set(`text:${key}`, normalizeText(value) || null);
  return flat;
}

/** Change status of every answer key that occurs in either report. */
export function compareAnswers(previous: Answers | null, current: Answers): Record<AnswerKey, ChangeStatus> {
  return compareFlat(previous, flattenAnswers(current));
}

function compareFlat(
  previous: Answers | null,
  after: ReadonlyMap<AnswerKey, FlatValue>,
): Record<AnswerKey, ChangeStatus> {
  const before = previous ? flattenAnswers(previous) : new Map<AnswerKey, FlatValue>();
  const changes: Record<AnswerKey, ChangeStatus> = {};
  for (const [key, is] of after) changes[key] = changeOf(before.get(key) ?? null, is);
  for (const [key, was] of before) if (!after.has(key)) changes[key] = changeOf(was, null);
  return changes;
}

function changeOf(was: FlatValue, is: FlatValue): ChangeStatus {
  if (was === is) return 'unchanged';
  return was === null ? 'new' : 'changed';
}

function isCarriable(key: AnswerKey): boolean {
  return key.startsWith('comment:') || key.startsWith('text:');
}

/**
 * Compares a report with the organisation's previous one. Only comments and texts are
 * counted as carried over: a figure or level that stays the same is information, a comment
 * repeated word for word week after week is not. A count restarts when the text changes or
 * is cleared, and answers that no longer exist drop out of the map.
 */
export function carryOver(input: {
  previous: Answers | null;
  previousCarriedOver: CarriedOver;
  current: Answers;
}): { changes: Record<AnswerKey, ChangeStatus>; carriedOver: CarriedOver } {
  const after = flattenAnswers(input.current);
  const changes = compareFlat(input.previous, after);
  const carriedOver: CarriedOver = {};
  for (const [key, value] of after) {
    if (value === null || !isCarriable(key) || changes[key] !== 'unchanged') continue;
    carriedOver[key] = (input.previousCarriedOver[key] ?? 0) + 1;
  }
  return { changes, carriedOver };
}

/** Stale: carried unchanged for STALE_AFTER_ROUNDS rounds or more; shown to the coordinator. */
export function isStale(count: number | undefined): boolean {
  return (count ?? 0) >= STALE_AFTER_ROUNDS;
}

export function staleKeys(carriedOver: CarriedOver): string[] {
  return Object.keys(carriedOver)
    .filter((key) => isStale(carriedOver[key]))
    .sort();
}

/**
 * The previous report's answers as the starting point of a new one on (possibly) another
 * template version: answers to questions the version no longer has are left out, criteria
 * are left out of areas that now take a level directly, and levels are recomputed.
 */
export function prefillFrom(previous: Answers, def: TemplateDefinition): Answers {
  const areas: Answers['areas'] = {};
  for (const area of def.areas) {
    const answer = previous.areas[area.key];
    if (!answer) continue;
    const criteria = area.impactMode === 'direct' || !answer.criteria ? null : { ...answer.criteria };
    areas[area.key] = { impact: answer.impact, criteria, comment: answer.comment };
  }
  const figures: Answers['figures'] = {};
  for (const figure of listFigures(def)) {
    const value = previous.figures[figure.key];
    if (value !== undefined) figures[figure.key] = value;
  }
  const texts: Answers['texts'] = {};
  for (const text of def.texts) {
    const value = previous.texts[text.key];
    if (value !== undefined) texts[text.key] = value;
  }
  return normalizeAnswers(def, { areas, figures, texts });
}

/** Answer keys of the previous report that `prefillFrom` leaves out (non-empty ones only). */
export function droppedKeys(previous: Answers, def: TemplateDefinition): AnswerKey[] {
  const kept = flattenAnswers(prefillFrom(previous, def));
  const dropped: AnswerKey[] = [];
  for (const [key, value] of flattenAnswers(previous)) {
    if (value !== null && !kept.has(key)) dropped.push(key);
  }
  return dropped;
}

/**
 * "Inget har ändrats": the answers to submit when the reporter confirms that nothing has
 * changed — the previous answers as they are, on the current template version. The caller
 * still validates them (a new required question makes the confirmation fail) and should
 * show `dropped` when a template change left answers out.
 */
export function confirmUnchanged(
  previous: Answers,
  def: TemplateDefinition,
): { answers: Answers; dropped: AnswerKey[] } {
  return { answers: prefillFrom(previous, def), dropped: droppedKeys(previous, def) };
}
