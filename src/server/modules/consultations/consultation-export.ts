import type { Content } from 'pdfmake/interfaces';
import { ZONE } from '../../../core/time/iso-week';
import type { UiLocale } from '../../../i18n/locales';
import type { Ctx } from '../../platform/context';
import { slugify } from '../../platform/export/download';
import { pdfHeading, pdfTable, renderPdf } from '../../platform/export/pdf-document';
import { excelLocalTime, XLSX_CONTENT_TYPE } from '../../platform/export/spreadsheet';
import { addTableSheet, createWorkbook, workbookBytes } from '../../platform/export/xlsx';
import { translator } from '../../platform/i18n';
import { authorize } from '../../platform/policy';
import { formatDeadlineDate } from './consultation-mail';
import { getConsultation } from './consultations.service';

export type ConsultationExportFormat = 'pdf' | 'xlsx';

function formatTime(iso: string | null, locale: UiLocale): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: ZONE,
  }).format(new Date(iso));
}

/**
 * The compiled answers of a consultation for its coordinators: every addressed
 * organisation with its answer, "inga synpunkter", or that it has not answered.
 */
export async function exportConsultation(
  ctx: Ctx,
  id: string,
  format: ConsultationExportFormat,
  locale: UiLocale,
): Promise<{ body: Uint8Array; contentType: string; filename: string }> {
  const detail = await getConsultation(ctx, id);
  authorize(ctx.actor, detail.isCoordinator);
  const answers = detail.answers ?? [];
  const counts = detail.counts ?? { comments: 0, noComments: 0, notAnswered: 0 };
  const t = translator(locale);
  const status = (s: string) => t(`consultations:status.${s}`);
  const filename = `remissvar-${slugify(detail.title) || 'remiss'}.${format}`;
  const now = ctx.now ? ctx.now() : new Date();

  if (format === 'xlsx') {
    const workbook = createWorkbook(now);
    addTableSheet(
      workbook,
      t('consultations:export.sheet'),
      [
        { header: t('consultations:export.organisation'), width: 28 },
        { header: t('consultations:export.code'), width: 10 },
        { header: t('consultations:export.status'), width: 18 },
        { header: t('consultations:export.answer'), width: 70, wrap: true },
        { header: t('consultations:export.attachment'), width: 28 },
        { header: t('consultations:export.answeredBy'), width: 22 },
        { header: t('consultations:export.answeredAt'), width: 18, numFmt: 'yyyy-mm-dd hh:mm' },
      ],
      answers.map((a) => [
        a.orgName,
        a.orgCode,
        status(a.status),
        a.text || null,
        a.attachment?.filename ?? null,
        a.answeredByName,
        a.answeredAt ? excelLocalTime(a.answeredAt, ZONE) : null,
      ]),
    );
    return { body: await workbookBytes(workbook), contentType: XLSX_CONTENT_TYPE, filename };
  }

  const summary = t('consultations:export.summary', {
    total: answers.length,
    comments: counts.comments,
    noComments: counts.noComments,
    notAnswered: counts.notAnswered,
  });
  const content: Content = [
    { text: detail.title, style: 'title' },
    {
      text: `${detail.networkName} · ${t('consultations:export.deadline', { deadline: formatDeadlineDate(detail.deadline, locale) })}`,
      style: 'subtitle',
    },
    ...(detail.description
      ? [{ text: detail.description, margin: [0, 0, 0, 8] as [number, number, number, number] }]
      : []),
    { text: summary },
    pdfHeading(t('consultations:export.answers')),
    ...answers.flatMap((a): Content[] => [
      pdfHeading(a.orgName, 'h3'),
      {
        text: [
          { text: status(a.status), bold: true },
          a.answeredAt
            ? ` · ${t('consultations:export.answeredLine', { name: a.answeredByName ?? '', at: formatTime(a.answeredAt, locale) })}`
            : '',
        ],
      },
      ...(a.text ? [{ text: a.text, margin: [0, 3, 0, 0] as [number, number, number, number] }] : []),
      ...(a.attachment
        ? [
            {
              text: t('consultations:export.attachedFile', { filename: a.attachment.filename }),
              style: 'muted',
            },
          ]
        : []),
    ]),
    pdfHeading(t('consultations:export.overview')),
    pdfTable(
      [
        { header: t('consultations:export.organisation'), width: '*' },
        { header: t('consultations:export.status'), width: 'auto' },
        { header: t('consultations:export.answeredAt'), width: 'auto' },
      ],
      answers.map((a) => [a.orgName, status(a.status), formatTime(a.answeredAt, locale)]),
    ),
  ];
  const pdf = await renderPdf(content, {
    title: `${t('consultations:export.pdfTitle')}: ${detail.title}`,
    pageLabel: t('consultations:export.pageLabel'),
    footerText: `${t('consultations:export.pdfTitle')} · ${formatTime(now.toISOString(), locale)}`,
  });
  return { body: new Uint8Array(pdf), contentType: 'application/pdf', filename };
}
