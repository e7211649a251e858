import { desc, ilike } from 'drizzle-orm';
import { mails } from '../../db/schema/messaging';
import type { DbOrTx } from '../../platform/db';

/** The newest mails of the outbox, optionally only those to a matching address. */
export async function listMails(db: DbOrTx, input: { limit: number; to?: string | undefined }) {
  const pattern = input.to ? `%${input.to.replace(/[\\%_]/g, (m) => `\\${m}`)}%` : null;
  return db
    .select({
      id: mails.id,
      to: mails.to,
      subject: mails.subject,
      text: mails.text,
      status: mails.status,
      createdAt: mails.createdAt,
      sentAt: mails.sentAt,
    })
    .from(mails)
    .where(pattern ? ilike(mails.to, pattern) : undefined)
    .orderBy(desc(mails.createdAt), desc(mails.id))
    .limit(input.limit);
}
