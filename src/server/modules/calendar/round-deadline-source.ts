import type { DbOrTx } from '../../platform/db';
import { listRoundDeadlines } from '../rounds/rounds.repository';
import type { CalendarEntry, CalendarQuery } from './calendar-sources';

/** Report-round deadlines as points in time; a moved deadline raises SEQUENCE. */
export async function roundDeadlineSource(db: DbOrTx, q: CalendarQuery): Promise<CalendarEntry[]> {
  const rounds = await listRoundDeadlines(db, q);
  return rounds.map((round) => ({
    uid: `round-deadline-${round.id}@samla`,
    sequence: round.deadlineChanges,
    kind: 'round_deadline',
    networkId: round.networkId,
    networkName: round.networkName,
    // Titles are data, not UI text: the feed is read outside Samla, in the network's language.
    title:
      round.kind === 'weekly'
        ? `Sista dag lägesrapport v. ${round.isoWeek} (${round.templateName})`
        : `Sista dag lägesrapport: ${round.title || round.templateName}`,
    start: round.deadlineAt,
    end: null,
    allDay: false,
    cancelled: false,
    updatedAt: round.lastChangedAt ?? round.createdAt,
    path: `/rapporter/${round.id}`,
    categories: ['DEADLINE'],
  }));
}
