import type { DbOrTx } from '../../platform/db';
import { translator } from '../../platform/i18n';
import { queueMail } from '../../platform/outbox';
import type { Addressee, BulletinView } from './bulletins.repository';

/**
 * The bulletin itself goes out in the e-mail: a larm must be readable at once, without
 * signing in. The subject starts with the urgency so mail clients can filter on it.
 */
export async function mailBulletin(
  db: DbOrTx,
  bulletin: Pick<BulletinView, 'id' | 'title' | 'body' | 'urgency' | 'networkName' | 'senderOrgName'>,
  recipients: readonly Addressee[],
  options: { publicUrl: string; resend: boolean },
): Promise<void> {
  const link = `${options.publicUrl.replace(/\/$/, '')}/meddelanden/${bulletin.id}`;
  for (const user of recipients) {
    const t = translator(user.locale);
    const vars = {
      name: user.name,
      title: bulletin.title,
      body: bulletin.body,
      network: bulletin.networkName,
      sender: bulletin.senderOrgName,
      urgency: t(`bulletins:urgency.${bulletin.urgency}`),
      link,
    };
    await queueMail(db, {
      to: user.email,
      subject: t(options.resend ? 'bulletins:mail.resendSubject' : 'bulletins:mail.subject', vars),
      text: t(bulletin.urgency === 'larm' ? 'bulletins:mail.textAlarm' : 'bulletins:mail.text', vars),
    });
  }
}
