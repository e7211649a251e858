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
export function valueKeys(def: TemplateDefinition): string[] {
  return [
    ...def.areas.map((a) => impactValueKey(a.key)),
    ...listFigures(def).map((f) => figureValueKey(f.key)),
  ];
}
