import { eq } from 'drizzle-orm';
import { mails } from '../db/schema/messaging';
import type { DbOrTx } from './db';
import type { AppDeps } from './http';
import { enqueue } from './jobs';
import type { OutgoingMail } from './mail';

export const MAIL_JOB = 'mail.send';

/**
 * Puts an e-mail in the outbox inside the caller's transaction; the mail job sends it
 * after commit, so a rolled-back change never sends mail and a crash never loses one.
 */
export async function queueMail(db: DbOrTx, mail: OutgoingMail): Promise<void> {
  const rows = await db
    .insert(mails)
    .values({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html ?? null,
      attachments: mail.attachments?.length ? mail.attachments : null,
    })
    .returning({ id: mails.id });
  const id = rows[0]?.id;
  if (id) await enqueue(db, MAIL_JOB, { mailId: id });
}

export async function sendQueuedMail(deps: AppDeps, payload: Record<string, unknown>): Promise<void> {
  const db = deps.database.db;
  const mailId = typeof payload.mailId === 'string' ? payload.mailId : '';
  const rows = await db.select().from(mails).where(eq(mails.id, mailId)).limit(1);
  const mail = rows[0];
  if (!mail || mail.status === 'sent') return;
  const outcome = await deps.mailer.send({
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
    ...(mail.attachments?.length ? { attachments: mail.attachments } : {}),
  });
  if (outcome === 'sent') {
    await db.update(mails).set({ status: 'sent', sentAt: new Date() }).where(eq(mails.id, mail.id));
  }
}
