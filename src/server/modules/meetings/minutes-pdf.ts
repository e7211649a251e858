import { DateTime } from 'luxon';
import type { Content } from 'pdfmake/interfaces';
import { minutesBlocks } from '../../../core/meetings/markdown';
import { ZONE } from '../../../core/time/iso-week';
import type { UiLocale } from '../../../i18n/locales';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { slugify } from '../../platform/export/download';
import { pdfHeading, pdfTable, renderPdf } from '../../platform/export/pdf-document';
import { translator } from '../../platform/i18n';
import { authorize } from '../../platform/policy';
import { loadNetworkAccess } from '../registry/network-access';
import { canReadMeetings } from './meetings.policy';
import * as repo from './meetings.repository';

function markdownContent(text: string): Content[] {
  return minutesBlocks(text).map((b): Content => {
    if (b.kind === 'heading') return { text: b.text, bold: true, margin: [0, 4, 0, 2] };
    if (b.kind === 'item') return { text: `${b.marker} ${b.text}`, margin: [10 * b.depth, 0, 0, 1] };
    if (b.kind === 'code') return { text: b.text, style: 'small', margin: [8, 2, 0, 4] };
    return { text: b.text, margin: [0, 0, 0, 4] };
  });
}

/**
 * Every published minutes of a network whose meeting started in [from, to] (Swedish dates),
 * as one A4 PDF in meeting order: agenda items with their minutes, decisions and actions.
 */
export async function exportMinutesPdf(
  ctx: Ctx,
  networkId: string,
  input: { from: string; to: string; locale: UiLocale },
) {
  const access = await loadNetworkAccess(ctx.db, ctx.actor, networkId);
  authorize(ctx.actor, canReadMeetings(access));
  const from = DateTime.fromISO(input.from, { zone: ZONE }).startOf('day');
  const to = DateTime.fromISO(input.to, { zone: ZONE }).plus({ days: 1 }).startOf('day');
  if (to <= from) throw new AppError('validation', { fields: [{ path: 'to', code: 'ends_before_start' }] });
  const t = translator(input.locale);
  const meetings = await repo.publishedMeetingsInPeriod(ctx.db, networkId, from.toJSDate(), to.toJSDate());
  const content: Content[] = [
    { text: t('meetings:pdf.title', { network: access.network.name }), style: 'title' },
    {
      text: t('meetings:pdf.period', { from: input.from, to: input.to, count: meetings.length }),
      style: 'subtitle',
    },
  ];
  if (meetings.length === 0) content.push({ text: t('meetings:pdf.none'), style: 'muted' });
  for (const [index, meeting] of meetings.entries()) {
    const start = DateTime.fromJSDate(meeting.startsAt, { zone: ZONE }).setLocale(input.locale);
    const agenda = await repo.listAgenda(ctx.db, meeting.id);
    const decisions = await repo.listDecisions(ctx.db, meeting.id);
    const actions = await repo.listActions(ctx.db, meeting.id);
    const attendance = await repo.listAttendance(ctx.db, meeting.id);
    content.push({
      text: meeting.title,
      style: 'h2',
      headlineLevel: 1,
      ...(index > 0 ? { pageBreak: 'before' } : {}),
    });
    content.push({
      text: [
        start.toFormat('cccc d LLLL yyyy HH:mm'),
        meeting.place,
        t('meetings:pdf.version', { version: meeting.minutesVersion }),
      ]
        .filter(Boolean)
        .join(' · '),
      style: 'muted',
    });
    if (attendance.length > 0) {
      content.push(pdfHeading(t('meetings:pdf.attendance'), 'h3'));
      content.push({
        text: attendance
          .map(
            (a) =>
              `${a.personName ? `${a.personName}, ` : ''}${a.orgName} (${t(`meetings:attendance.${a.status}`)})`,
          )
          .join('; '),
      });
    }
    for (const { item } of agenda) {
      content.push(pdfHeading(`${item.position}. ${item.topic}`, 'h3'));
      if (item.presenterName) content.push({ text: item.presenterName, style: 'muted' });
      content.push(...markdownContent(item.minutes));
      for (const d of decisions.filter((x) => x.agendaItemId === item.id)) {
        content.push({ text: [{ text: `${t('meetings:pdf.decision')}: `, bold: true }, d.text] });
      }
    }
    const loose = decisions.filter((d) => !d.agendaItemId);
    if (loose.length > 0) {
      content.push(pdfHeading(t('meetings:pdf.decisions'), 'h3'));
      for (const d of loose) content.push({ text: `• ${d.text}` });
    }
    if (actions.length > 0) {
      content.push(pdfHeading(t('meetings:pdf.actions'), 'h3'));
      content.push(
        pdfTable(
          [
            { header: t('meetings:actions.text'), width: '*' },
            { header: t('meetings:actions.owner'), width: 'auto' },
            { header: t('meetings:actions.due'), width: 'auto' },
            { header: t('meetings:actions.status'), width: 'auto' },
          ],
          actions.map(({ action, ownerUserName, ownerOrgName }) => [
            action.text,
            [ownerUserName, ownerOrgName].filter(Boolean).join(', '),
            action.dueDate ?? '',
            t(`meetings:actionStatus.${action.status}`),
          ]),
        ),
      );
    }
  }
  const body = await renderPdf(content, {
    title: t('meetings:pdf.title', { network: access.network.name }),
    pageLabel: t('meetings:pdf.page', { page: '{page}', pages: '{pages}' }),
    footerText: `${access.network.name} · ${input.from}–${input.to}`,
  });
  await writeAudit(ctx, {
    action: 'minutes.export',
    entityType: 'network',
    entityId: networkId,
    after: { from: input.from, to: input.to, meetings: meetings.length },
  });
  return {
    body,
    filename: `protokoll-${slugify(access.network.name)}-${input.from}-${input.to}.pdf`,
  };
}
