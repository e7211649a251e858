import { dueReminder } from '../../../core/consultations/deadline';
import { writeAudit } from '../../platform/audit';
import { type Ctx, inTransaction } from '../../platform/context';
import type { AppDeps } from '../../platform/http';
import { enqueue } from '../../platform/jobs';
import { mailAnswerers } from './consultation-mail';
import * as repo from './consultations.repository';

export const CONSULTATION_REMINDER_JOB = 'consultation.reminder';

function nowFrom(deps: AppDeps): Date {
  return deps.now ? deps.now() : new Date();
}

/**
 * Periodic task: one reminder job per (consultation, unanswered organisation, reminder
 * day, deadline). The unique key makes every instance's every pass safe — each reminder
 * is enqueued once, ever — while a moved deadline earns its own reminders.
 */
export async function scheduleConsultationReminders(deps: AppDeps): Promise<void> {
  const now = nowFrom(deps);
  // Four days ahead covers the 3-day reminder whatever the DST shift.
  const due = await repo.findUnansweredDueBefore(
    deps.database.db,
    now,
    new Date(now.getTime() + 4 * 86_400_000),
  );
  let count = 0;
  for (const row of due) {
    const days = dueReminder(row.deadlineAt, now);
    if (days === null) continue;
    await enqueue(
      deps.database.db,
      CONSULTATION_REMINDER_JOB,
      { consultationId: row.consultationId, orgId: row.orgId, days },
      { uniqueKey: `consultation-reminder:${row.consultationId}:${row.orgId}:${row.deadlineDate}:${days}` },
    );
    count++;
  }
  if (count > 0) deps.logger.debug({ count }, 'consultation reminders considered');
}

/**
 * Job: reminds the people who answer for one organisation, unless it has answered or the
 * deadline has passed since the job was enqueued.
 */
export async function sendConsultationReminder(
  deps: AppDeps,
  payload: Record<string, unknown>,
): Promise<void> {
  const { consultationId, orgId, days } = payload;
  if (typeof consultationId !== 'string' || typeof orgId !== 'string') return;
  const now = nowFrom(deps);
  const ctx: Ctx = { db: deps.database.db, actor: { kind: 'system' }, now: () => now };
  await inTransaction(ctx, async (tx) => {
    const found = await repo.findConsultation(tx.db, consultationId);
    const recipient = await repo.findRecipient(tx.db, consultationId, orgId);
    if (!found || !recipient || recipient.recipient.answerKind) return;
    const c = found.consultation;
    if (c.deadlineAt.getTime() <= now.getTime()) return;
    const sent = await mailAnswerers(
      tx.db,
      [orgId],
      { id: c.id, title: c.title, deadlineDate: c.deadlineDate, networkName: found.networkName },
      { publicUrl: deps.config.publicUrl, kind: 'reminder' },
    );
    await writeAudit(tx, {
      action: 'consultation.remind',
      entityType: 'consultation',
      entityId: c.id,
      after: { orgId, days, recipients: sent },
    });
  });
}
