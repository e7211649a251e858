import type { Answers, AreaAnswer, ImpactCriteria } from '../../../core/reports/answers';
import { type AnswerKey, flattenAnswers } from '../../../core/reports/carry-over';
import type { LocalizedText, TemplateDefinition } from '../../../core/reports/template-definition';
import { listFigures } from '../../../core/reports/template-definition';

/**
 * The filing form's pure logic: immutable updates of answers, where each answer's input
 * lives in the page (so errors from the server or from core validation link to it), and
 * the per-answer choices of the conflict dialog.
 */

export type ImpactMethod = 'criteria' | 'direct';

const emptyArea = (): AreaAnswer => ({ impact: null, criteria: null, comment: '' });

export function localized(text: LocalizedText, language: string): string {
  return language === 'en' && text.en ? text.en : text.sv;
}

/**
 * The id of the input an error path points at: `answers.areas.sabo.comment` (server),
 * `areas.sabo.criteria` (core) … → `f-areas-sabo-comment`, `f-areas-sabo-criteria-a`.
 * A missing level is shown at the first control of the method in use.
 */
export function fieldId(path: string, methods: Record<string, ImpactMethod> = {}): string {
  const parts = path.replace(/^answers\./, '').split('.');
  if (parts[0] === 'areas' && parts[1]) {
    const area = parts[1];
    const field = parts[2];
    if (field === 'impact' || field === 'criteria') {
      const useCriteria = field === 'criteria' || methods[area] === 'criteria';
      return useCriteria ? `f-areas-${area}-criteria-${parts[3] ?? 'a'}` : `f-areas-${area}-impact`;
    }
    if (field === 'comment') return `f-areas-${area}-comment`;
    return `f-areas-${area}-impact`;
  }
  return `f-${parts.slice(0, 2).join('-')}`;
}

export function withArea(answers: Answers, key: string, change: Partial<AreaAnswer>): Answers {
  const current = answers.areas[key] ?? emptyArea();
  return { ...answers, areas: { ...answers.areas, [key]: { ...current, ...change } } };
}

export function withFigure(answers: Answers, key: string, value: number | null): Answers {
  return { ...answers, figures: { ...answers.figures, [key]: value } };
}

export function withText(answers: Answers, key: string, value: string): Answers {
  return { ...answers, texts: { ...answers.texts, [key]: value } };
}

/** Criteria count only when all three are answered; until then the area has no level from them. */
export function completeCriteria(partial: Partial<ImpactCriteria>): ImpactCriteria | null {
  return partial.a && partial.b && partial.c ? { a: partial.a, b: partial.b, c: partial.c } : null;
}

/** How an area's level is given, as the page starts: by criteria when the answer has them or the mode demands it. */
export function initialMethods(def: TemplateDefinition, answers: Answers): Record<string, ImpactMethod> {
  const methods: Record<string, ImpactMethod> = {};
  for (const area of def.areas) {
    if (area.impactMode === 'criteria') methods[area.key] = 'criteria';
    else if (area.impactMode === 'direct') methods[area.key] = 'direct';
    else methods[area.key] = answers.areas[area.key]?.criteria ? 'criteria' : 'direct';
  }
  return methods;
}

/** Answer keys whose values differ between two versions of a report, in form order. */
export function differingKeys(def: TemplateDefinition, mine: Answers, theirs: Answers): AnswerKey[] {
  const a = flattenAnswers(mine);
  const b = flattenAnswers(theirs);
  return answerKeys(def).filter((key) => (a.get(key) ?? null) !== (b.get(key) ?? null));
}

/** Every answer key of a template, in form order. */
export function answerKeys(def: TemplateDefinition): AnswerKey[] {
  return [
    ...def.areas.flatMap((area): AnswerKey[] => [
      `impact:${area.key}`,
      ...area.figures.map((f): AnswerKey => `figure:${f.key}`),
      `comment:${area.key}`,
    ]),
    ...def.figures.map((f): AnswerKey => `figure:${f.key}`),
    ...def.texts.map((t): AnswerKey => `text:${t.key}`),
  ];
}

/** Copies one answer (a level with its criteria, a comment, a figure or a text) from `source`. */
export function takeAnswer(target: Answers, source: Answers, key: AnswerKey): Answers {
  const [kind, name = ''] = splitKey(key);
  const from = source.areas[name] ?? emptyArea();
  if (kind === 'impact') return withArea(target, name, { impact: from.impact, criteria: from.criteria });
  if (kind === 'comment') return withArea(target, name, { comment: from.comment });
  if (kind === 'figure') return withFigure(target, name, source.figures[name] ?? null);
  return withText(target, name, source.texts[name] ?? '');
}

export function splitKey(key: string): [string, string | undefined] {
  const index = key.indexOf(':');
  return index < 0 ? [key, undefined] : [key.slice(0, index), key.slice(index + 1)];
}

/**
 * The question an answer key belongs to, for the conflict dialog, the history and the error
 * summary. An area's figure is named with its area ("SÄBO – Personalfrånvaro"), since
 * several areas ask for the same figure.
 */
export function answerLabel(def: TemplateDefinition, key: string, language: string): string {
  const [kind, name] = splitKey(key);
  if (kind === 'impact' || kind === 'comment') {
    const area = def.areas.find((a) => a.key === name);
    return area ? localized(area.label, language) : key;
  }
  if (kind === 'figure') {
    const area = def.areas.find((a) => a.figures.some((f) => f.key === name));
    const figure = listFigures(def).find((f) => f.key === name);
    if (!figure) return key;
    const label = localized(figure.label, language);
    return area ? `${localized(area.label, language)} – ${label}` : label;
  }
  const text = def.texts.find((t) => t.key === name);
  return text ? localized(text.label, language) : key;
}

/** Orders answer keys as the form shows them; keys the template does not know go last. */
export function inFormOrder<T extends { key: string }>(def: TemplateDefinition, items: readonly T[]): T[] {
  const order = new Map<string, number>(answerKeys(def).map((key, index) => [key, index]));
  return [...items].sort((a, b) => (order.get(a.key) ?? 1e9) - (order.get(b.key) ?? 1e9));
}
