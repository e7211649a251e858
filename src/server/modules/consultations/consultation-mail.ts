import { DateTime } from 'luxon';
import { ZONE } from '../../../core/time/iso-week';
import type { UiLocale } from '../../../i18n/locales';
import type { DbOrTx } from '../../platform/db';
import { translator } from '../../platform/i18n';
import { queueMail } from '../../platform/outbox';
import { findAnswerers } from './consultations.repository';

/** "fredag 4 december 2026" / "Friday 4 December 2026". */
export function formatDeadlineDate(deadlineDate: string, locale: UiLocale): string {
  const day = DateTime.fromISO(deadlineDate, { zone: ZONE }).setLocale(locale === 'en' ? 'en-GB' : 'sv-SE');
  return day.toFormat('cccc d LLLL yyyy');
}

export interface ConsultationMailSubject {
  id: string;
  title: string;
  deadlineDate: string;
  networkName: string;
}

/**
 * Mails everyone who answers for the organisations (reporters and org admins) in their
 * own language, in the caller's transaction. `kind` picks the text: the consultation has
 * been sent, or a reminder N days before the deadline. Returns how many were queued.
 */
export async function mailAnswerers(
  db: DbOrTx,
  orgIds: readonly string[],
  subject: ConsultationMailSubject,
  options: { publicUrl: string; kind: 'sent' | 'reminder' },
): Promise<number> {
  const people = await findAnswerers(db, orgIds);
  const link = `${options.publicUrl.replace(/\/$/, '')}/remisser/${subject.id}`;
  for (const person of people) {
    const t = translator(person.locale);
    const values = {
      name: person.name,
      org: person.orgName,
      network: subject.networkName,
      title: subject.title,
      deadline: formatDeadlineDate(subject.deadlineDate, person.locale),
      link,
    };
    await queueMail(db, {
      to: person.email,
      subject: t(`consultations:mail.${options.kind}.subject`, values),
      text: t(`consultations:mail.${options.kind}.text`, values),
    });
  }
  return people.length;
}
