/**
 * Every submitted report of a network's template over a period, one row per report, as a
 * workbook streamed to the client while it is read: round by round, a page of reports at a
 * time, each row committed and flushed, so ten years of a national network (150 000
 * reports) pass through in constant memory.
 */
import { suppressCount } from '../../../core/picture/suppression';
import type { Answers } from '../../../core/reports/answers';
import { effectiveImpact } from '../../../core/reports/impact';
import type { AreaDefinition } from '../../../core/reports/template-definition';
import { compareWeeks, formatIsoWeek, type IsoWeek, ZONE } from '../../../core/time/iso-week';
import type { UiLocale } from '../../../i18n/locales';
import { writeAudit } from '../../platform/audit';
import { type Ctx, nowOf } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { slugify } from '../../platform/export/download';
import {
  excelLocalTime,
  streamWorkbook,
  widthFor,
  type XlsxColumn,
  type XlsxValue,
} from '../../platform/export/xlsx';
import { authorize } from '../../platform/policy';
import { mergeQuestions, type PictureQuestions } from '../picture/picture-questions';
import { loadNetworkAccess } from '../registry/network-access';
import { type ExportText, exportText, figureHeader } from './export-text';
import { mayExportAnswers } from './exports.policy';
import * as repo from './exports.repository';

/** Reports read per query: enough to keep round trips few, small enough to keep memory flat. */
export const ANSWERS_PAGE_SIZE = 500;

export interface AnswersExportParams {
  networkId: string;
  templateId: string;
  fromWeek?: IsoWeek | undefined;
  toWeek?: IsoWeek | undefined;
  locale?: UiLocale | undefined;
  /** Reports per query; tests make it small to cross page boundaries. */
  pageSize?: number | undefined;
  /** Told about a failure after the download has started (it is then cut off). */
  onError: (error: unknown) => void;
}

export interface StreamedExport {
  filename: string;
  body: ReadableStream<Uint8Array>;
}

function columnsOf(text: ExportText, questions: PictureQuestions): XlsxColumn[] {
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

interface RowContext {
  text: ExportText;
  questions: PictureQuestions;
  countyNames: ReadonlyMap<string, string>;
  /** Per template version: its number and its areas by key (the impact rule of the version filed on). */
  versions: ReadonlyMap<string, { version: number; areas: ReadonlyMap<string, AreaDefinition> }>;
}

function rowOf(ctx: RowContext, round: repo.ExportRoundRow, report: repo.SubmittedReportRow): XlsxValue[] {
  const { t } = ctx.text;
  const version = ctx.versions.get(report.templateVersionId);
  const answers: Answers = report.answers;
  const impact = (key: string) => {
    const area = version?.areas.get(key);
    return area ? effectiveImpact(answers.areas?.[key], area) : null;
  };
  return [
    formatIsoWeek(round),
    round.isoYear,
    round.isoWeek,
    round.kind === 'extra' ? round.title || t('exports:extra') : null,
    report.code,
    report.name,
    report.countyCode ? (ctx.countyNames.get(report.countyCode) ?? report.countyCode) : null,
    excelLocalTime(
      report.submittedAt instanceof Date ? report.submittedAt : new Date(report.submittedAt),
      ZONE,
    ),
    report.isLate ? t('exports:yes') : t('exports:no'),
    version?.version ?? null,
    ...ctx.questions.areas.map((a) => impact(a.key)),
    ...ctx.questions.figures.map((f) => {
      const value = answers.figures?.[f.key];
      const number = typeof value === 'number' && Number.isFinite(value) ? value : null;
      // Shared beyond the reporting organisation: person counts 1–4 become '<5'.
      return f.countsPersons ? suppressCount(number) : number;
    }),
    ...ctx.questions.areas.map((a) => answers.areas?.[a.key]?.comment || null),
    ...ctx.questions.texts.map((x) => answers.texts?.[x.key] || null),
  ];
}

function weekField(path: string) {
  return new AppError('validation', { fields: [{ path, code: 'week_order' }] });
}

/**
 * Checks access and parameters (so refusals are ordinary JSON errors), records who
 * exported what, and returns the workbook as a stream that reads the database as it goes.
 */
export async function exportAnswers(ctx: Ctx, params: AnswersExportParams): Promise<StreamedExport> {
  const access = await loadNetworkAccess(ctx.db, ctx.actor, params.networkId);
  authorize(ctx.actor, mayExportAnswers(access));
  const from = params.fromWeek ?? null;
  const to = params.toWeek ?? null;
  if (from && to && compareWeeks(from, to) > 0) throw weekField('toWeek');
  const template = await repo.findTemplate(ctx.db, params.networkId, params.templateId);
  if (!template) throw notFound('template');
  const text = exportText(params.locale ?? 'sv');
  const [versions, rounds, countyNames] = await Promise.all([
    repo.findTemplateVersions(ctx.db, template.id),
    repo.findRounds(ctx.db, params.networkId, template.id, from, to),
    repo.findCountyNames(ctx.db),
  ]);
  const questions = mergeQuestions(
    versions.map((v) => v.definition),
    text.locale,
  );
  const rowContext: RowContext = {
    text,
    questions,
    countyNames,
    versions: new Map(
      versions.map((v) => [
        v.id,
        { version: v.version, areas: new Map(v.definition.areas.map((a) => [a.key, a])) },
      ]),
    ),
  };
  await writeAudit(ctx, {
    action: 'answers.export',
    entityType: 'template',
    entityId: template.id,
    after: {
      format: 'xlsx',
      networkId: params.networkId,
      fromWeek: from && formatIsoWeek(from),
      toWeek: to && formatIsoWeek(to),
    },
  });

  const pageSize = params.pageSize ?? ANSWERS_PAGE_SIZE;
  const first = from ?? rounds[0];
  const last = to ?? rounds.at(-1);
  const period = [first, last].flatMap((w) => (w ? [formatIsoWeek(w)] : [])).join('-');
  const filename = [
    text.t('exports:answersFilePrefix'),
    slugify(access.network.name, 40),
    slugify(template.name, 40),
    period,
  ]
    .filter(Boolean)
    .join('-');
  const body = streamWorkbook(
    {
      sheetName: text.t('exports:sheets.answers'),
      columns: columnsOf(text, questions),
      now: nowOf(ctx),
      onError: params.onError,
    },
    async (sheet) => {
      for (const round of rounds) {
        let after: repo.ReportPageCursor | null = null;
        for (;;) {
          const page = await repo.findSubmittedReportPage(ctx.db, {
            networkId: params.networkId,
            roundId: round.id,
            after,
            limit: pageSize,
          });
          for (const report of page) sheet.addRow(rowOf(rowContext, round, report));
          if (!(await sheet.flush())) return;
          const tail = page.at(-1);
          if (!tail || page.length < pageSize) break;
          after = { sortCode: tail.sortCode, orgId: tail.orgId };
        }
      }
    },
  );
  return { filename: `${filename}.xlsx`, body };
}
