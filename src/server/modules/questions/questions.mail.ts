import type { DbOrTx } from '../../platform/db';
import { translator } from '../../platform/i18n';
import { queueMail } from '../../platform/outbox';
import type { MailUser } from './questions.repository';

export type QuestionMailKind = 'asked' | 'assigned' | 'answered';

/**
 * One e-mail per person, in their language, inside the caller's transaction. Only the
 * title and a link go out: the question itself may hold details best read signed in.
 */
export async function mailAboutQuestion(
  db: DbOrTx,
  kind: QuestionMailKind,
  recipients: readonly MailUser[],
  values: { title: string; network: string; org: string; questionId: string; publicUrl: string },
): Promise<void> {
  const link = `${values.publicUrl.replace(/\/$/, '')}/fragor/${values.questionId}`;
  for (const user of recipients) {
    const t = translator(user.locale);
    const vars = { ...values, name: user.name, link };
    await queueMail(db, {
      to: user.email,
      subject: t(`questions:mail.${kind}.subject`, vars),
      text: t(`questions:mail.${kind}.text`, vars),
    });
  }
}
