import { writeAudit } from '../../platform/audit';
import { type Ctx, inTransaction } from '../../platform/context';
import type { AppDeps } from '../../platform/http';
import { translator } from '../../platform/i18n';
import { queueMail } from '../../platform/outbox';
import { notifyUsers } from '../notifications/notifications.service';
import { formatDeadline } from './deadline-format';
import * as repo from './reminders.repository';

function nowFrom(deps: AppDeps): Date {
  return deps.now ? deps.now() : new Date();
}

/** Periodic task: enqueues the reminders that have come due (idempotent across instances). */
export async function scheduleReminders(deps: AppDeps): Promise<void> {
  const count = await repo.enqueueDueReminders(deps.database.db, nowFrom(deps));
  if (count > 0) deps.logger.info({ count }, 'reminders enqueued');
}

function roundLabel(subject: repo.ReminderSubject, t: ReturnType<typeof translator>): string {
  if (subject.title) return subject.title;
  return t('reminders:roundLabel', {
    template: subject.templateName,
    week: subject.isoWeek,
    year: subject.isoYear,
  });
}

function readPayload(payload: Record<string, unknown>): { roundId: string; orgId: string } | null {
  const { roundId, orgId } = payload;
  return typeof roundId === 'string' && typeof orgId === 'string' ? { roundId, orgId } : null;
}

/**
 * Job: reminds every active reporter and admin of one organisation that a round is due,
 * by e-mail in their own language and with an in-app notice, all in one transaction.
 * Nothing is sent when the organisation has filed, or the deadline has passed, since the
 * job was enqueued.
 */
export async function sendReminder(deps: AppDeps, payload: Record<string, unknown>): Promise<void> {
  const target = readPayload(payload);
  if (!target) return;
  const now = nowFrom(deps);
  const ctx: Ctx = { db: deps.database.db, actor: { kind: 'system' }, now: () => now };
  await inTransaction(ctx, async (tx) => {
    const subject = await repo.findReminderSubject(tx.db, target.roundId, target.orgId);
    if (!subject || subject.reportStatus === 'submitted') return;
    if (subject.deadlineAt.getTime() <= now.getTime()) return;
    const recipients = await repo.findRecipients(tx.db, target.orgId);
    const path = `/rapporter/${subject.roundId}`;
    const link = `${deps.config.publicUrl.replace(/\/$/, '')}${path}`;
    for (const user of recipients) {
      const t = translator(user.locale);
      const values = {
        name: user.name,
        org: subject.orgName,
        network: subject.networkName,
        round: roundLabel(subject, t),
        deadline: formatDeadline(subject.deadlineAt, user.locale),
        link,
      };
      await queueMail(tx.db, {
        to: user.email,
        subject: t('reminders:mail.subject', values),
        text: t('reminders:mail.text', values),
      });
    }
    await notifyUsers(
      tx.db,
      recipients.map((u) => u.id),
      {
        kind: 'reminder',
        payload: {
          roundId: subject.roundId,
          orgId: target.orgId,
          title: subject.title,
          templateName: subject.templateName,
          networkName: subject.networkName,
          isoYear: subject.isoYear,
          isoWeek: subject.isoWeek,
          deadlineAt: subject.deadlineAt.toISOString(),
          link: path,
        },
      },
      now,
    );
    await writeAudit(tx, {
      action: 'reminder.send',
      entityType: 'round',
      entityId: subject.roundId,
      after: { orgId: target.orgId, recipients: recipients.length },
    });
  });
}
