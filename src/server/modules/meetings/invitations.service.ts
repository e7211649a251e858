import { DateTime } from 'luxon';
import { ZONE } from '../../../core/time/iso-week';
import { writeAudit } from '../../platform/audit';
import { type Ctx, inTransaction, nowOf } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { translator } from '../../platform/i18n';
import { type IcsMethod, renderIcs } from '../../platform/ical';
import { queueMail } from '../../platform/outbox';
import { authorize } from '../../platform/policy';
import { canManageMeetings } from './meetings.policy';
import * as repo from './meetings.repository';
import { loadMeeting } from './meetings.service';

/** The meeting as one iCalendar event; REQUEST for invitations, CANCEL once cancelled. */
export function meetingIcs(
  meeting: repo.MeetingRow,
  options: {
    networkName: string;
    link: string;
    method: IcsMethod;
    attendees?: { email: string; name?: string }[];
  },
): string {
  const location = [meeting.place, meeting.videoUrl].filter(Boolean).join(' · ');
  return renderIcs(
    [
      {
        uid: `meeting-${meeting.id}@samla`,
        sequence: meeting.sequence,
        title: meeting.title,
        start: meeting.startsAt,
        end: meeting.endsAt,
        allDay: false,
        location: location || null,
        url: options.link,
        description: options.link,
        cancelled: meeting.status === 'cancelled',
        updatedAt: meeting.updatedAt,
      },
    ],
    {
      name: options.networkName,
      method: options.method,
      organizer: { email: 'noreply@samla.se', name: options.networkName },
      ...(options.attendees ? { attendees: options.attendees } : {}),
    },
  );
}

export async function meetingIcsFile(ctx: Ctx, meetingId: string, publicUrl: string) {
  const { meeting, access } = await loadMeeting(ctx, meetingId);
  const link = `${publicUrl.replace(/\/$/, '')}/moten/${meeting.id}`;
  const method: IcsMethod = meeting.status === 'cancelled' ? 'CANCEL' : 'REQUEST';
  return meetingIcs(meeting, { networkName: access.network.name, link, method });
}

function when(meeting: repo.MeetingRow, locale: 'sv' | 'en'): string {
  const start = DateTime.fromJSDate(meeting.startsAt, { zone: ZONE }).setLocale(locale);
  const end = DateTime.fromJSDate(meeting.endsAt, { zone: ZONE }).setLocale(locale);
  return `${start.toFormat('cccc d LLLL yyyy HH:mm')}–${end.toFormat('HH:mm')}`;
}

/**
 * E-mails every active user of the network's organisations an invitation (or, for a cancelled
 * meeting, a cancellation to those invited before), with the .ics attached (METHOD:REQUEST or
 * CANCEL, the meeting's SEQUENCE) and a link to the meeting.
 */
export async function sendInvitations(ctx: Ctx, meetingId: string, publicUrl: string) {
  const { meeting, access } = await loadMeeting(ctx, meetingId);
  authorize(ctx.actor, canManageMeetings(access));
  if (meeting.minutesStatus === 'published')
    throw new AppError('meeting_state', { minutesStatus: 'published' });
  const base = publicUrl.replace(/\/$/, '');
  const link = `${base}/moten/${meeting.id}`;
  const icsLink = `${base}/api/meetings/${meeting.id}/invitation.ics`;
  const cancelled = meeting.status === 'cancelled';
  return inTransaction(ctx, async (tx) => {
    const recipients = cancelled
      ? await repo.invitedUsers(tx.db, meetingId)
      : await repo.usersOfNetwork(tx.db, meeting.networkId);
    if (recipients.length === 0) throw notFound('recipients');
    for (const user of recipients) {
      const t = translator(user.locale);
      const values = {
        name: user.name,
        title: meeting.title,
        network: access.network.name,
        when: when(meeting, user.locale),
        place: [meeting.place, meeting.videoUrl].filter(Boolean).join(', '),
        link,
        icsLink,
      };
      const method: IcsMethod = cancelled ? 'CANCEL' : 'REQUEST';
      await queueMail(tx.db, {
        to: user.email,
        subject: t(cancelled ? 'meetings:mail.cancelSubject' : 'meetings:mail.subject', values),
        text: t(cancelled ? 'meetings:mail.cancelText' : 'meetings:mail.text', values),
        attachments: [
          {
            filename: cancelled ? 'installt.ics' : 'kallelse.ics',
            contentType: `text/calendar; charset=utf-8; method=${method}`,
            content: meetingIcs(meeting, {
              networkName: access.network.name,
              link,
              method,
              attendees: [{ email: user.email, name: user.name }],
            }),
          },
        ],
      });
    }
    await repo.recordInvitations(
      tx.db,
      meetingId,
      recipients.map((u) => u.id),
      meeting.sequence,
      nowOf(tx),
    );
    await writeAudit(tx, {
      action: cancelled ? 'meeting.cancellation.send' : 'meeting.invitation.send',
      entityType: 'meeting',
      entityId: meetingId,
      after: { recipients: recipients.length, sequence: meeting.sequence },
    });
    return { invited: recipients.length };
  });
}
