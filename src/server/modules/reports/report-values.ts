import type { Answers } from '../../../core/reports/answers';
import { effectiveImpact } from '../../../core/reports/impact';
import { listFigures, type TemplateDefinition } from '../../../core/reports/template-definition';

/** One row of `report_values`: what the picture and trends aggregate with plain SQL. */
export interface ReportValueRow {
  reportId: string;
  roundId: string;
  orgId: string;
  /** `impact:<areaKey>` or `figure:<figureKey>`. */
  key: string;
  num: number;
}

export const impactValueKey = (areaKey: string) => `impact:${areaKey}`;
export const figureValueKey = (figureKey: string) => `figure:${figureKey}`;

/**
 * The `report_values` rows of submitted answers: the effective impact of every area of the
 * template (criteria win over a direct level, as everywhere) and every figure that has a
 * value. Empty answers get no row, so "n" in an aggregate is the number of organisations
 * that gave a value. Keys the template version does not know are ignored.
 *
 * The one place that decides these rows: submitReport, the import and the demo seed all
 * call it, so the picture reads the same thing whichever way a report arrived.
 */
export function reportValueRows(
  def: TemplateDefinition,
  answers: Answers,
  ids: { reportId: string; roundId: string; orgId: string },
): ReportValueRow[] {
  const { reportId, roundId, orgId } = ids;
  const rows: ReportValueRow[] = [];
  for (const area of def.areas) {
    const level = effectiveImpact(answers.areas[area.key], area);
    if (level !== null) rows.push({ reportId, roundId, orgId, key: impactValueKey(area.key), num: level });
  }
  for (const figure of listFigures(def)) {
    const value = answers.figures[figure.key];
    if (typeof value === 'number' && Number.isFinite(value)) {
      rows.push({ reportId, roundId, orgId, key: figureValueKey(figure.key), num: value });
    }
  }
  return rows;
}
