/**
 * Every submitted report of a network's template over a period, one row per report, as a
 * workbook streamed to the client while it is read: round by round, a page of reports at a
 * time, each row committed and flushed, so ten years of a national network (150 000
 * reports) pass through in constant memory.
 */
import { compareWeeks, formatIsoWeek, type IsoWeek } from '../../../core/time/iso-week';
import type { UiLocale } from '../../../i18n/locales';
import { writeAudit } from '../../platform/audit';
import { type Ctx, nowOf } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { slugify } from '../../platform/export/download';
import { streamWorkbook } from '../../platform/export/xlsx-stream';
import { authorize } from '../../platform/policy';
import { mergeQuestions } from '../picture/picture-questions';
import { loadNetworkAccess } from '../registry/network-access';
import { answerColumns, answerRowBuilder } from './answers-rows';
import { exportText } from './export-text';
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

interface ReportPage {
  round: repo.ExportRoundRow;
  reports: repo.SubmittedReportRow[];
}

/**
 * Pages of submitted reports, round by round and by kommunkod within a round. Each call
 * gives the next non-empty page, or null at the end.
 */
function pageReader(ctx: Ctx, networkId: string, rounds: readonly repo.ExportRoundRow[], pageSize: number) {
  let index = 0;
  let after: repo.ReportPageCursor | null = null;
  return async (): Promise<ReportPage | null> => {
    for (let round = rounds[index]; round; round = rounds[index]) {
      const reports = await repo.findSubmittedReportPage(ctx.db, {
        networkId,
        roundId: round.id,
        after,
        limit: pageSize,
      });
      const tail = reports.at(-1);
      if (tail && reports.length === pageSize) {
        after = { sortCode: tail.sortCode, orgId: tail.orgId };
      } else {
        index++;
        after = null;
      }
      if (reports.length > 0) return { round, reports };
    }
    return null;
  };
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
  const rowOf = answerRowBuilder({ text, questions, countyNames, versions });
  const nextPage = pageReader(ctx, params.networkId, rounds, params.pageSize ?? ANSWERS_PAGE_SIZE);
  const body = streamWorkbook(
    {
      sheetName: text.t('exports:sheets.answers'),
      columns: answerColumns(text, questions),
      now: nowOf(ctx),
      onError: params.onError,
    },
    async (sheet) => {
      // One page read ahead: the database works on the next page while this one is written.
      let pending = nextPage();
      try {
        for (let page = await pending; page; page = await pending) {
          pending = nextPage();
          for (const report of page.reports) sheet.addRow(rowOf(page.round, report));
          if (!(await sheet.flush())) return;
        }
      } finally {
        // A read still running when the reader left or a row failed must not go unhandled.
        pending.catch(() => undefined);
      }
    },
  );
  return { filename: `${filename}.xlsx`, body };
}
