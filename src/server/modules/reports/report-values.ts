import { type AnswerValue, answerValues } from '../../../core/reports/answer-values';
import type { Answers } from '../../../core/reports/answers';
import type { TemplateDefinition } from '../../../core/reports/template-definition';

/**
 * One row of `report_values`: what the picture and trends aggregate with plain SQL. A
 * report is one (round, organisation), so that pair and the key name the row.
 */
export interface ReportValueRow extends AnswerValue {
  roundId: string;
  orgId: string;
}

/** The `report_values` rows of a report's submitted answers (see answerValues). */
export function reportValueRows(
  def: TemplateDefinition,
  answers: Answers,
  report: { roundId: string; orgId: string },
): ReportValueRow[] {
  return answerValues(def, answers).map((v) => ({ roundId: report.roundId, orgId: report.orgId, ...v }));
}
