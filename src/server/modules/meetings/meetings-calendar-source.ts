import type { CalendarEntry, CalendarSource } from '../calendar/calendar-sources';
import { meetingsForCalendar } from './meetings.repository';

const categories = { meeting: 'MEETING', webinar: 'WEBINAR', lunch_meeting: 'LUNCH MEETING' } as const;

/** The networks' meetings; cancelled ones stay with STATUS:CANCELLED so subscribers drop them. */
export const meetingsCalendarSource: CalendarSource = async (db, q) => {
  const rows = await meetingsForCalendar(db, q.networkIds, q.from, q.to);
  return rows
    .filter(({ meeting }) => meeting.startsAt < q.to && meeting.endsAt > q.from)
    .map(({ meeting, networkName }): CalendarEntry => {
      const location = [meeting.place, meeting.videoUrl].filter(Boolean).join(' · ');
      return {
        kind: meeting.kind,
        uid: `meeting-${meeting.id}@samla`,
        sequence: meeting.sequence,
        title: meeting.title,
        start: meeting.startsAt,
        end: meeting.endsAt,
        allDay: false,
        location: location || null,
        url: meeting.videoUrl || null,
        cancelled: meeting.status === 'cancelled',
        updatedAt: meeting.updatedAt,
        categories: [categories[meeting.kind]],
        networkId: meeting.networkId,
        networkName,
        path: `/moten/${meeting.id}`,
      };
    });
};
