import { DateTime } from 'luxon';
import type { UiLocale } from '../../../i18n/locales';

export const STOCKHOLM = 'Europe/Stockholm';

/**
 * A deadline as people in Sweden read it, in Swedish or English, always on Stockholm
 * time whatever the server's zone: "onsdag 12 mars 2025 kl. 12:00".
 */
export function formatDeadline(at: Date, locale: UiLocale): string {
  const local = DateTime.fromJSDate(at, { zone: STOCKHOLM }).setLocale(locale === 'en' ? 'en-GB' : 'sv-SE');
  return locale === 'en'
    ? local.toFormat("cccc d LLLL yyyy 'at' HH:mm")
    : local.toFormat("cccc d LLLL yyyy 'kl.' HH:mm");
}
