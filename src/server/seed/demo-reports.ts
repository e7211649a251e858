import { randomUUID } from 'node:crypto';
import type { Answers } from '../../core/reports/answers';
import { type CarriedOver, carryOver } from '../../core/reports/carry-over';
import type { TemplateDefinition } from '../../core/reports/template-definition';
import { addWeeks, type IsoWeek, isoWeekOf } from '../../core/time/iso-week';
import {
  type BulkReport,
  type BulkRevision,
  countReportsInRounds,
  insertReportsBulk,
  insertRevisionsBulk,
  insertValuesBulk,
  listActiveTemplates,
  listReportingMembers,
} from '../modules/reports/bulk.repository';
import { type ReportValueRow, reportValueRows } from '../modules/reports/report-values';
import { createRoundsForWeeks } from '../modules/rounds/weekly-rounds';
import { findTemplateVersionById } from '../modules/templates/templates.repository';
import { writeAudit } from '../platform/audit';
import { type Ctx, inTransaction, nowOf } from '../platform/context';
import { demoAnswers, halfDone, orgProfile, randomFor } from './demo-report-answers';

export interface DemoReportsOptions {
  /** How many ISO weeks, up to and including the current one. */
  weeks: number;
}

/**
 * The demo reporters' municipalities (seed/accounts.ts: Göteborg, Mölndal, Kungsbacka)
 * have filed every earlier round on time and not yet the latest one, so a demo visitor
 * can file it, with "Inget har ändrats" or by changing answers. Göteborg has a draft.
 */
const DEMO_REPORTERS = new Set(['1480', '1481', '1384']);
const DEMO_DRAFT = '1480';

const HOUR = 3600_000;

interface RoundInfo {
  id: string;
  templateVersionId: string;
  opensAt: Date;
  deadlineAt: Date;
}

type Fate = 'missing' | 'draft' | 'on_time' | 'late';

function fateOf(code: string, key: string, index: number, latest: number, round: RoundInfo, now: Date): Fate {
  const r = randomFor('fate', key, code, index);
  if (DEMO_REPORTERS.has(code)) return index < latest ? 'on_time' : code === DEMO_DRAFT ? 'draft' : 'missing';
  const missing = index === latest ? 0.12 : index === latest - 1 ? 0.05 : 0.025;
  const roll = r();
  if (roll < missing) return index === latest && r() < 0.3 ? 'draft' : 'missing';
  const lateAllowed = now.getTime() > round.deadlineAt.getTime();
  return lateAllowed && roll > 0.93 ? 'late' : 'on_time';
}

/**
 * When a demo report came in: in office hours (rounds open at 08:00 Swedish time, so hours
 * counted from the opening are office hours on a later day), a late one in the afternoon of
 * the deadline day or the next working day; within the window and never after now.
 */
function submittedAt(fate: 'on_time' | 'late', round: RoundInfo, now: Date, r: () => number): Date {
  const day = 24 * HOUR;
  const minute = Math.floor(r() * 60) * 60_000;
  let from: number;
  let to: number;
  let instant: number;
  if (fate === 'late') {
    from = round.deadlineAt.getTime() + 60_000;
    to = Math.min(round.deadlineAt.getTime() + 30 * HOUR, now.getTime());
    instant =
      r() < 0.5 ? from + Math.floor(r() * 4) * HOUR + minute : from + 20 * HOUR + Math.floor(r() * 8) * HOUR;
  } else {
    from = round.opensAt.getTime();
    to = Math.min(round.deadlineAt.getTime() - 60_000, now.getTime());
    const days = Math.max(1, Math.ceil((round.deadlineAt.getTime() - from) / day));
    instant = from + Math.floor(r() * days) * day + Math.floor(r() * 9) * HOUR + minute;
  }
  return new Date(to <= from ? from : Math.min(to, Math.max(from, instant)));
}

interface Batch {
  reports: BulkReport[];
  revisions: BulkRevision[];
  values: ReportValueRow[];
}

/** Reports of one organisation over the rounds, oldest first, counting carried-over comments as filing does. */
function orgReports(
  batch: Batch,
  input: {
    org: { id: string; code: string };
    templateKey: string;
    rounds: RoundInfo[];
    definitions: Map<string, TemplateDefinition>;
    weeks: number;
    members: number;
    now: Date;
  },
): void {
  let previous: { answers: Answers; carriedOver: CarriedOver } | null = null;
  const latest = input.rounds.length - 1;
  input.rounds.forEach((round, index) => {
    const def = input.definitions.get(round.templateVersionId);
    if (!def) return;
    const profile = orgProfile(input.org.code, input.templateKey, def, input.weeks, input.members);
    const fate = fateOf(input.org.code, input.templateKey, index, latest, round, input.now);
    if (fate === 'missing') return;
    const answers = demoAnswers(def, profile, index, input.weeks);
    const id = randomUUID();
    const r = randomFor('time', input.templateKey, input.org.code, index);
    if (fate === 'draft') {
      const draft = halfDone(answers, r);
      const at = new Date(Math.min(input.now.getTime(), round.opensAt.getTime() + r() * 24 * HOUR));
      batch.reports.push(report(id, round, input.org.id, 'draft', draft, {}, false, null, at));
      batch.revisions.push({
        reportId: id,
        version: 1,
        status: 'draft',
        answers: draft,
        actorUserId: null,
        at,
      });
      return;
    }
    const at = submittedAt(fate, round, input.now, r);
    const { carriedOver } = carryOver({
      previous: previous?.answers ?? null,
      previousCarriedOver: previous?.carriedOver ?? {},
      current: answers,
    });
    batch.reports.push(
      report(id, round, input.org.id, 'submitted', answers, carriedOver, fate === 'late', at, at),
    );
    batch.revisions.push({ reportId: id, version: 1, status: 'submitted', answers, actorUserId: null, at });
    batch.values.push(...reportValueRows(def, answers, { roundId: round.id, orgId: input.org.id }));
    previous = { answers, carriedOver };
  });
}

function report(
  id: string,
  round: RoundInfo,
  orgId: string,
  status: 'draft' | 'submitted',
  answers: Answers,
  carriedOver: CarriedOver,
  isLate: boolean,
  submitted: Date | null,
  createdAt: Date,
): BulkReport {
  return {
    id,
    roundId: round.id,
    orgId,
    templateVersionId: round.templateVersionId,
    status,
    version: 1,
    answers,
    carriedOver,
    isLate,
    submittedAt: submitted,
    createdAt,
  };
}

/**
 * Seeds synthetic but plausible situation reports for every reporting member of every
 * active template's network over the last `options.weeks` ISO weeks (creating the weekly
 * rounds where missing): most organisations calm, a few at Allvarlig or Kritisk with
 * comments, pressure rising over the weeks, some late, some missing, comments repeated
 * until they are stale, and the latest round partly filed. Deterministic apart from ids and
 * the clock. Templates whose rounds already have reports are left alone.
 */
export async function seedDemoReports(ctx: Ctx, options: DemoReportsOptions): Promise<void> {
  if (!Number.isInteger(options.weeks) || options.weeks < 1) throw new RangeError('weeks');
  const now = nowOf(ctx);
  const current = isoWeekOf(now);
  const weeks: IsoWeek[] = [];
  for (let i = options.weeks - 1; i >= 0; i--) weeks.push(addWeeks(current, -i));

  for (const template of await listActiveTemplates(ctx.db)) {
    const rounds = await createRoundsForWeeks(ctx, template.id, weeks);
    const opened = rounds.filter((r) => r.opensAt.getTime() <= now.getTime());
    if (opened.length === 0) continue;
    if (
      (await countReportsInRounds(
        ctx.db,
        opened.map((r) => r.id),
      )) > 0
    )
      continue;
    const definitions = new Map<string, TemplateDefinition>();
    for (const versionId of new Set(opened.map((r) => r.templateVersionId))) {
      const version = await findTemplateVersionById(ctx.db, versionId);
      if (version) definitions.set(versionId, version.definition);
    }
    const members = await listReportingMembers(ctx.db, template.networkId);
    const batch: Batch = { reports: [], revisions: [], values: [] };
    for (const org of members) {
      orgReports(batch, {
        org: { id: org.id, code: org.code ?? org.id },
        templateKey: template.name,
        rounds: opened,
        definitions,
        weeks: options.weeks,
        members: members.length,
        now,
      });
    }
    await inTransaction(ctx, async (tx) => {
      await insertReportsBulk(tx.db, batch.reports);
      await insertRevisionsBulk(tx.db, batch.revisions);
      await insertValuesBulk(tx.db, batch.values);
      await writeAudit(tx, {
        action: 'report.seed_demo',
        entityType: 'template',
        entityId: template.id,
        after: { rounds: opened.length, reports: batch.reports.length, values: batch.values.length },
      });
    });
  }
}
