/**
 * Columns and rows of the answers export: one row per submitted report with the round,
 * the organisation, when it was filed, the impact per area (by the rule of the template
 * version it was filed on), every figure (person counts 1–4 as '<5') and the texts.
 * Called once per report, 150 000 times for ten national years, so labels are looked up
 * once and nothing per row goes through i18next or a time-zone library.
 */
import { suppressCount } from '../../../core/picture/suppression';
import type { Answers } from '../../../core/reports/answers';
import { effectiveImpact } from '../../../core/reports/impact';
import type { AreaDefinition } from '../../../core/reports/template-definition';
import { formatIsoWeek, ZONE } from '../../../core/time/iso-week';
import { excelLocalTime, widthFor, type XlsxColumn, type XlsxValue } from '../../platform/export/spreadsheet';
import type { PictureQuestions } from '../picture/picture-questions';
import { type ExportText, figureHeader } from './export-text';
import type { ExportRoundRow, SubmittedReportRow, VersionRow } from './exports.repository';

export function answerColumns(text: ExportText, questions: PictureQuestions): XlsxColumn[] {
  const { t } = text;
  const sized = (header: string, min: number, max: number) => ({ header, width: widthFor(header, min, max) });
  return [
    { header: t('exports:columns.week'), width: 10 },
    { header: t('exports:columns.year'), width: 7 },
    { header: t('exports:columns.weekNumber'), width: 8 },
    { header: t('exports:columns.round'), width: 12 },
    { header: t('exports:columns.code'), width: 11 },
    { header: t('exports:columns.organisation'), width: 26 },
    { header: t('exports:columns.county'), width: 22 },
    { header: t('exports:columns.submittedAt'), width: 17, numFmt: 'yyyy-mm-dd hh:mm' },
    { header: t('exports:columns.late'), width: 6 },
    { header: t('exports:columns.templateVersion'), width: 8 },
    ...questions.areas.map((a) => sized(t('exports:columns.impact', { area: a.label }), 10, 28)),
    ...questions.figures.map((f) => sized(figureHeader(text, f), 10, 28)),
    ...questions.areas.map((a) => sized(t('exports:columns.comment', { area: a.label }), 30, 50)),
    ...questions.texts.map((x) => sized(x.label, 30, 50)),
  ];
}

export type AnswerRow = (round: ExportRoundRow, report: SubmittedReportRow) => XlsxValue[];

/** A row builder with everything that does not change per row worked out once. */
export function answerRowBuilder(input: {
  text: ExportText;
  questions: PictureQuestions;
  countyNames: ReadonlyMap<string, string>;
  versions: readonly VersionRow[];
}): AnswerRow {
  const { questions, countyNames } = input;
  const yes = input.text.t('exports:yes');
  const no = input.text.t('exports:no');
  const extra = input.text.t('exports:extra');
  const versions = new Map(
    input.versions.map((v) => [
      v.id,
      {
        version: v.version,
        areas: new Map<string, AreaDefinition>(v.definition.areas.map((a) => [a.key, a])),
      },
    ]),
  );
  return (round, report) => {
    const version = versions.get(report.templateVersionId);
    const answers: Answers = report.answers;
    const submittedAt =
      report.submittedAt instanceof Date ? report.submittedAt : new Date(report.submittedAt);
    const row: XlsxValue[] = [
      formatIsoWeek(round),
      round.isoYear,
      round.isoWeek,
      round.kind === 'extra' ? round.title || extra : null,
      report.code,
      report.name,
      report.countyCode ? (countyNames.get(report.countyCode) ?? report.countyCode) : null,
      excelLocalTime(submittedAt, ZONE),
      report.isLate ? yes : no,
      version?.version ?? null,
    ];
    for (const a of questions.areas) {
      const area = version?.areas.get(a.key);
      row.push(area ? effectiveImpact(answers.areas?.[a.key], area) : null);
    }
    for (const f of questions.figures) {
      const value = answers.figures?.[f.key];
      const number = typeof value === 'number' && Number.isFinite(value) ? value : null;
      // Shared beyond the reporting organisation: person counts 1–4 become '<5'.
      row.push(f.countsPersons ? suppressCount(number) : number);
    }
    for (const a of questions.areas) row.push(answers.areas?.[a.key]?.comment || null);
    for (const x of questions.texts) row.push(answers.texts?.[x.key] || null);
    return row;
  };
}
