import {
  type IsoWeek,
  isoWeekOf,
  nextWeek,
  type RoundSchedule,
  roundWindow,
} from '../../../core/time/iso-week';
import { writeAudit } from '../../platform/audit';
import { type Ctx, inTransaction, nowOf } from '../../platform/context';
import { notFound } from '../../platform/errors';
import type { Tick } from '../../platform/jobs';
import * as repo from './rounds.repository';

/** Next week's round is created this long before it opens, so reporters see it coming. */
const LEAD_TIME_MS = 7 * 24 * 60 * 60 * 1000;

interface ScheduledTemplate extends RoundSchedule {
  templateId: string;
  networkId: string;
  versionId: string;
}

function weekKey(templateId: string, week: IsoWeek): string {
  return `${templateId}:${week.isoYear}:${week.isoWeek}`;
}

function weeklyRound(t: ScheduledTemplate, week: IsoWeek): repo.NewRound {
  const { opensAt, deadlineAt } = roundWindow(week, t);
  return {
    networkId: t.networkId,
    templateId: t.templateId,
    templateVersionId: t.versionId,
    kind: 'weekly',
    isoYear: week.isoYear,
    isoWeek: week.isoWeek,
    title: '',
    opensAt,
    deadlineAt,
  };
}

/**
 * Inserts the weekly rounds that do not exist yet and audits the ones this call created.
 * Existing rounds are looked up first so the periodic pass writes nothing when all is in
 * place; the partial unique index plus `on conflict do nothing` settles races between instances.
 */
async function insertMissing(ctx: Ctx, wanted: repo.NewRound[]): Promise<repo.RoundRow[]> {
  if (wanted.length === 0) return [];
  const templateIds = [...new Set(wanted.map((w) => w.templateId))];
  const years = [...new Set(wanted.map((w) => w.isoYear))];
  const existing = await repo.findWeeklyRounds(ctx.db, templateIds, years);
  const have = new Set(existing.map((r) => weekKey(r.templateId, r)));
  const missing = wanted.filter((w) => !have.has(weekKey(w.templateId, w)));
  if (missing.length === 0) return [];
  return inTransaction(ctx, async (tx) => {
    const created = await repo.insertWeeklyRounds(tx.db, missing);
    for (const round of created) {
      await writeAudit(tx, {
        action: 'round.create',
        entityType: 'round',
        entityId: round.id,
        after: {
          kind: round.kind,
          templateId: round.templateId,
          isoYear: round.isoYear,
          isoWeek: round.isoWeek,
          opensAt: round.opensAt.toISOString(),
          deadlineAt: round.deadlineAt.toISOString(),
        },
      });
    }
    return created;
  });
}

/**
 * Makes sure every active template has its weekly round for the current ISO week
 * (Europe/Stockholm), and for next week once that round opens within 7 days. Idempotent and
 * safe to run from several server instances at once. Returns the rounds this call created.
 */
export async function ensureWeeklyRounds(ctx: Ctx, now: Date): Promise<repo.RoundRow[]> {
  const templates = await repo.listTemplateSchedules(ctx.db);
  const current = isoWeekOf(now);
  const upcoming = nextWeek(current);
  const wanted: repo.NewRound[] = [];
  for (const t of templates) {
    wanted.push(weeklyRound(t, current));
    const next = weeklyRound(t, upcoming);
    if (next.opensAt.getTime() - now.getTime() <= LEAD_TIME_MS) wanted.push(next);
  }
  return insertMissing(ctx, wanted);
}

/**
 * Weekly rounds of one template for the given weeks (e.g. the demo seed's past 12 weeks),
 * on the network's schedule and the template's current version. Weeks that already have a
 * round keep it. Returns every round of those weeks, oldest first, whether new or not.
 */
export async function createRoundsForWeeks(
  ctx: Ctx,
  templateId: string,
  weeks: IsoWeek[],
): Promise<repo.RoundRow[]> {
  const template = (await repo.listTemplateSchedules(ctx.db, templateId))[0];
  if (!template) throw notFound('template');
  await insertMissing(
    ctx,
    weeks.map((w) => weeklyRound(template, w)),
  );
  const years = [...new Set(weeks.map((w) => w.isoYear))];
  const wantedKeys = new Set(weeks.map((w) => weekKey(templateId, w)));
  const all = await repo.findWeeklyRounds(ctx.db, [templateId], years);
  return all
    .filter((r) => wantedKeys.has(weekKey(r.templateId, r)))
    .sort((a, b) => a.opensAt.getTime() - b.opensAt.getTime());
}

/** The worker's periodic pass: weekly rounds appear without anyone creating them. */
export const ensureWeeklyRoundsTick: Tick = async (deps) => {
  const ctx: Ctx = {
    db: deps.database.db,
    actor: { kind: 'system' },
    ...(deps.now ? { now: deps.now } : {}),
  };
  await ensureWeeklyRounds(ctx, nowOf(ctx));
};
