import type { TFunction } from 'i18next';
import type { TagVariant } from '../../components/Tag';
import { formatDate } from '../../i18n/format';
import type { MeetingSummary, MinutesStatus } from './meeting-types';

export const minutesVariant: Record<MinutesStatus, TagVariant> = {
  draft: 'neutral',
  in_review: 'warning',
  published: 'success',
};

/** "23 mars 2026 09:00–10:00" in Swedish time. */
export function meetingWhen(m: Pick<MeetingSummary, 'startsAt' | 'endsAt'>): string {
  const day = formatDate(m.startsAt, { dateStyle: 'medium' });
  const from = formatDate(m.startsAt, { dateStyle: undefined, timeStyle: 'short' });
  const to = formatDate(m.endsAt, { dateStyle: undefined, timeStyle: 'short' });
  return `${day} ${from}–${to}`;
}

export function ownerText(a: { ownerUserName: string | null; ownerOrgName: string | null }): string {
  return [a.ownerUserName, a.ownerOrgName].filter(Boolean).join(', ');
}

export function kindLabel(t: TFunction, kind: MeetingSummary['kind']): string {
  return t(`meetings:kind.${kind}`);
}
