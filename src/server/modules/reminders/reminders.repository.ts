import { and, eq, sql } from 'drizzle-orm';
import { users } from '../../db/schema/accounts';
import { networks, organisations } from '../../db/schema/registry';
import { reports, rounds, templates } from '../../db/schema/reports';
import { type DbOrTx, queryRows } from '../../platform/db';

export const REMINDER_JOB = 'reminder.send';

/**
 * One reminder job per (open round due within its network's reminder window, reporting
 * member without a submitted report). The unique key makes this safe to run from every
 * instance on every pass: a pair is enqueued once, ever. Returns how many were new.
 */
export async function enqueueDueReminders(db: DbOrTx, now: Date): Promise<number> {
  const at = now.toISOString();
  const rows = await queryRows<{ id: number }>(
    db,
    sql`
    insert into jobs (kind, payload, unique_key, run_at)
    select ${REMINDER_JOB},
           jsonb_build_object('roundId', r.id, 'orgId', m.org_id),
           'reminder:' || r.id || ':' || m.org_id,
           to_timestamp(0)
    from rounds r
    join networks n on n.id = r.network_id
    join network_members m on m.network_id = r.network_id and m.reports = 1
    where r.opens_at <= ${at}
      and r.deadline_at > ${at}
      and r.deadline_at <= ${at}::timestamptz + n.reminder_hours * interval '1 hour'
      and not exists (
        select 1 from reports p
        where p.round_id = r.id and p.org_id = m.org_id and p.status = 'submitted')
    on conflict (unique_key) do nothing
    returning id`,
  );
  return rows.length;
}

/** What a reminder says about its round, and whether the organisation has filed since. */
export async function findReminderSubject(db: DbOrTx, roundId: string, orgId: string) {
  const rows = await db
    .select({
      roundId: rounds.id,
      title: rounds.title,
      kind: rounds.kind,
      isoYear: rounds.isoYear,
      isoWeek: rounds.isoWeek,
      opensAt: rounds.opensAt,
      deadlineAt: rounds.deadlineAt,
      templateName: templates.name,
      networkName: networks.name,
      orgName: organisations.name,
      reportStatus: reports.status,
    })
    .from(rounds)
    .innerJoin(templates, eq(templates.id, rounds.templateId))
    .innerJoin(networks, eq(networks.id, rounds.networkId))
    .innerJoin(organisations, eq(organisations.id, orgId))
    .leftJoin(reports, and(eq(reports.roundId, rounds.id), eq(reports.orgId, orgId)))
    .where(eq(rounds.id, roundId))
    .limit(1);
  return rows[0] ?? null;
}
export type ReminderSubject = NonNullable<Awaited<ReturnType<typeof findReminderSubject>>>;

/** Active people who file for the organisation: its reporters and admins. */
export async function findRecipients(db: DbOrTx, orgId: string) {
  return db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(
      and(
        eq(users.orgId, orgId),
        eq(users.isActive, true),
        sql`${users.roles} && array['reporter', 'org_admin']::text[]`,
      ),
    )
    .orderBy(users.email);
}
