import type { TFunction } from 'i18next';
import type { TagVariant } from '../../components/Tag';
import { formatDate, formatDateTime } from '../../i18n/format';
import { intlLocale } from '../../i18n/i18n';
import type { FilingRound, TodoStatus } from './report-types';

export const statusVariant: Record<TodoStatus, TagVariant> = {
  not_started: 'neutral',
  draft: 'info',
  submitted: 'success',
  late: 'warning',
  missing: 'error',
};

/** "v. 12 2026" (week 12 2026); an extra round by its title, with the week. */
export function weekName(
  t: TFunction,
  round: { isoYear: number; isoWeek: number; kind?: string; title?: string },
): string {
  const week = t('reports:week', { week: round.isoWeek, year: round.isoYear });
  return round.kind === 'extra' && round.title ? `${round.title} (${week})` : week;
}

/** "Socialtjänstens lägesrapport, v. 12 2026" */
export function roundTitle(t: TFunction, round: FilingRound): string {
  return `${round.templateName}, ${weekName(t, round)}`;
}

/** "onsdag 18 mars 12:00" in Swedish time. */
export function formatDeadline(iso: string): string {
  return formatDate(iso, {
    dateStyle: undefined,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function formatClock(iso: string): string {
  return formatDate(iso, { dateStyle: undefined, hour: '2-digit', minute: '2-digit' });
}

export { formatDateTime };

/** "om 2 dagar", "om 5 timmar", "för 3 dagar sedan" — how far the deadline is from now. */
export function relativeTime(iso: string, now: Date): string {
  const diff = new Date(iso).getTime() - now.getTime();
  const format = new Intl.RelativeTimeFormat(intlLocale(), { numeric: 'auto' });
  const minutes = Math.round(diff / 60_000);
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  const hours = Math.round(diff / 3_600_000);
  if (Math.abs(hours) < 48) return format.format(hours, 'hour');
  return format.format(Math.round(diff / 86_400_000), 'day');
}

export function deadlineText(t: TFunction, round: FilingRound, now: Date): string {
  if (round.state === 'upcoming') return t('reports:todo.opens', { when: formatDeadline(round.opensAt) });
  const key = round.state === 'closed' ? 'reports:todo.deadlinePassed' : 'reports:todo.deadline';
  return t(key, { when: formatDeadline(round.deadlineAt), relative: relativeTime(round.deadlineAt, now) });
}
