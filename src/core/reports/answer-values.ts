import type { Answers } from './answers';
import { effectiveImpact } from './impact';
import { listFigures, type TemplateDefinition } from './template-definition';

/** One answer as a number: `impact:<areaKey>` or `figure:<figureKey>`. */
export interface AnswerValue {
  key: string;
  num: number;
}

export const impactValueKey = (areaKey: string) => `impact:${areaKey}`;
export const figureValueKey = (figureKey: string) => `figure:${figureKey}`;

/**
 * The numbers of submitted answers: the effective impact of every area of the template
 * (criteria win over a direct level, as everywhere) and every figure that has a value.
 * Empty answers get no value, so "n" in an aggregate is the number of organisations that
 * gave one. Keys the template version does not know are ignored.
 *
 * The one place that decides these numbers: submitting, the import and the demo seed write
 * them as `report_values` and an organisation's history reads them from its answers, so
 * every view shows the same thing whichever way a report arrived.
 */
export function answerValues(def: TemplateDefinition, answers: Answers): AnswerValue[] {
  const values: AnswerValue[] = [];
  for (const area of def.areas) {
    const level = effectiveImpact(answers.areas[area.key], area);
    if (level !== null) values.push({ key: impactValueKey(area.key), num: level });
  }
  for (const figure of listFigures(def)) {
    const value = answers.figures[figure.key];
    if (typeof value === 'number' && Number.isFinite(value)) {
      values.push({ key: figureValueKey(figure.key), num: value });
    }
  }
  return values;
}

/** Every key a report on this template version can have a value for. */
export function valueKeys(def: TemplateDefinition): readonly string[] {
  // A definition never changes once written and the server shares one object per version,
  // so the keys are worked out once per version, not once per submit.
  let keys = keysOf.get(def);
  if (!keys) {
    keys = [
      ...def.areas.map((a) => impactValueKey(a.key)),
      ...listFigures(def).map((f) => figureValueKey(f.key)),
    ];
    keysOf.set(def, keys);
  }
  return keys;
}

const keysOf = new WeakMap<TemplateDefinition, readonly string[]>();

/**
 * The keys of the template that `values` (as answerValues gives them) have no value for:
 * what an earlier submission may have written and this one clears. answerValues keeps
 * valueKeys' order, so one walk over both finds them.
 */
export function clearedKeys(def: TemplateDefinition, values: readonly AnswerValue[]): string[] {
  const cleared: string[] = [];
  let next = 0;
  for (const key of valueKeys(def)) {
    if (values[next]?.key === key) next++;
    else cleared.push(key);
  }
  return cleared;
}
