import type { TFunction } from 'i18next';
import { formatDateTime } from '../../i18n/format';
import type { NotificationItem } from './notification-types';

function text(payload: Record<string, unknown>, key: string): string {
  const value = payload[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/**
 * What a notice says, in the reader's language. Notices store facts (round, deadline),
 * not sentences, so they read right in whichever language the person switches to.
 */
export function notificationText(item: NotificationItem, t: TFunction): { title: string; body: string } {
  const p = item.payload;
  if (item.kind === 'reminder') {
    const round =
      text(p, 'title') ||
      t('notifications:roundLabel', {
        template: text(p, 'templateName'),
        week: text(p, 'isoWeek'),
        year: text(p, 'isoYear'),
      });
    const deadline = text(p, 'deadlineAt');
    return {
      title: t('notifications:kinds.reminder.title', { round }),
      body: t('notifications:kinds.reminder.body', {
        deadline: deadline ? formatDateTime(deadline) : '',
        network: text(p, 'networkName'),
      }),
    };
  }
  return { title: text(p, 'title') || t('notifications:kinds.other.title'), body: text(p, 'body') };
}
