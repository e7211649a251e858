import { DateTime } from 'luxon';
import { ZONE } from '../../../core/time/iso-week';
import type { DbOrTx } from '../../platform/db';
import type { CalendarEntry, CalendarQuery } from '../calendar/calendar-sources';
import { listDeadlines } from './consultations.repository';

/** Consultation end dates as all-day entries; a moved deadline raises SEQUENCE. */
export async function consultationsCalendarSource(db: DbOrTx, q: CalendarQuery): Promise<CalendarEntry[]> {
  const rows = await listDeadlines(db, q);
  const entries: CalendarEntry[] = [];
  for (const { consultation: c, networkName } of rows) {
    const start = DateTime.fromISO(c.deadlineDate, { zone: ZONE }).startOf('day').toJSDate();
    if (start < q.from || start >= q.to) continue;
    entries.push({
      uid: `consultation-deadline-${c.id}@samla`,
      sequence: c.deadlineChanges,
      kind: 'consultation_deadline',
      networkId: c.networkId,
      networkName,
      // Titles are data, not UI text: the feed is read outside Samla, in the network's language.
      title: `Sista dag för remissvar: ${c.title}`,
      start,
      end: null,
      allDay: true,
      cancelled: false,
      updatedAt: c.updatedAt,
      path: `/remisser/${c.id}`,
      categories: ['DEADLINE'],
    });
  }
  return entries;
}
