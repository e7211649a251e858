/**
 * Ten years of weekly situation reports for one network, written the way the app writes
 * them. Answers come from the demo seed's generator (calm municipalities, a few in serious
 * trouble for some weeks, comments repeated until stale), normalised and validated as the
 * submit does, carried-over counts from core's carryOver, and value rows from the same
 * reportValueRows the submit calls. Rows go in with set-based INSERT … SELECT FROM
 * jsonb_to_recordset, thousands per statement, while the next batch is computed.
 */
import { randomUUID } from 'node:crypto';
import type { Answers } from '../src/core/reports/answers';
import { type CarriedOver, carryOver } from '../src/core/reports/carry-over';
import type { TemplateDefinition } from '../src/core/reports/template-definition';
import { normalizeAnswers, validateAnswers } from '../src/core/reports/validate-answers';
import { addWeeks, type IsoWeek, isoWeekOf } from '../src/core/time/iso-week';
import {
  type BulkReport,
  type BulkRevision,
  insertReportsBulk,
  insertRevisionsBulk,
  insertValuesBulk,
  listReportingMembers,
} from '../src/server/modules/reports/bulk.repository';
import { type ReportValueRow, reportValueRows } from '../src/server/modules/reports/report-values';
import { createRoundsForWeeks } from '../src/server/modules/rounds/weekly-rounds';
import { findTemplateVersionById } from '../src/server/modules/templates/templates.repository';
import { writeAudit } from '../src/server/platform/audit';
import { type Ctx, inTransaction } from '../src/server/platform/context';
import {
  demoAnswers,
  halfDone,
  type OrgProfile,
  orgProfile,
  randomFor,
} from '../src/server/seed/demo-report-answers';
import { findStandardTemplate } from '../src/server/seed/templates';

const HOUR = 3600_000;
/** Reports per insert batch: big statements, bounded memory. */
const BATCH_REPORTS = 3000;

export interface GeneratedCounts {
  organisations: number;
  rounds: number;
  reports: number;
  submitted: number;
  revisions: number;
  values: number;
  seconds: number;
}

interface RoundInfo {
  id: string;
  templateVersionId: string;
  opensAt: Date;
  deadlineAt: Date;
}

interface OrgState {
  id: string;
  code: string;
  profile: OrgProfile;
  previous: { answers: Answers; carriedOver: CarriedOver } | null;
}

interface Batch {
  reports: BulkReport[];
  revisions: BulkRevision[];
  values: ReportValueRow[];
}

type Fate = 'missing' | 'draft' | 'on_time' | 'late';

/** About 2.5 % missing and 6 % late in closed rounds; the open round is still being filed. */
function fateOf(code: string, index: number, round: RoundInfo, now: Date): Fate {
  const r = randomFor('bench-fate', code, index);
  const roll = r();
  const open = round.deadlineAt.getTime() > now.getTime();
  if (open) return roll < 0.12 ? (r() < 0.3 ? 'draft' : 'missing') : 'on_time';
  if (roll < 0.025) return 'missing';
  return roll > 0.94 ? 'late' : 'on_time';
}

function filedAt(fate: 'on_time' | 'late', round: RoundInfo, now: Date, r: () => number): Date {
  if (fate === 'late') return new Date(round.deadlineAt.getTime() + 60_000 + r() * 30 * HOUR);
  const end = Math.min(round.deadlineAt.getTime(), now.getTime());
  return new Date(round.opensAt.getTime() + r() * 0.98 * Math.max(0, end - round.opensAt.getTime()));
}

function addReport(
  batch: Batch,
  org: OrgState,
  round: RoundInfo,
  def: TemplateDefinition,
  index: number,
  weeks: number,
  now: Date,
): void {
  const fate = fateOf(org.code, index, round, now);
  if (fate === 'missing') return;
  const id = randomUUID();
  const r = randomFor('bench-time', org.code, index);
  const answers = normalizeAnswers(def, demoAnswers(def, org.profile, index, weeks));
  const base = {
    id,
    roundId: round.id,
    orgId: org.id,
    templateVersionId: round.templateVersionId,
    version: 1,
  };
  if (fate === 'draft') {
    const draft = halfDone(answers, r);
    const at = new Date(Math.min(now.getTime(), round.opensAt.getTime() + r() * 24 * HOUR));
    batch.reports.push({
      ...base,
      status: 'draft',
      answers: draft,
      carriedOver: {},
      isLate: false,
      submittedAt: null,
      createdAt: at,
    });
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
  const errors = validateAnswers(def, answers, 'submit');
  if (errors.length > 0) throw new Error(`generated answers do not validate: ${JSON.stringify(errors[0])}`);
  const at = filedAt(fate, round, now, r);
  const { carriedOver } = carryOver({
    previous: org.previous?.answers ?? null,
    previousCarriedOver: org.previous?.carriedOver ?? {},
    current: answers,
  });
  batch.reports.push({
    ...base,
    status: 'submitted',
    answers,
    carriedOver,
    isLate: fate === 'late',
    submittedAt: at,
    createdAt: at,
  });
  batch.revisions.push({ reportId: id, version: 1, status: 'submitted', answers, actorUserId: null, at });
  batch.values.push(...reportValueRows(def, answers, { roundId: round.id, orgId: org.id }));
  org.previous = { answers, carriedOver };
}

async function writeBatch(ctx: Ctx, batch: Batch): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await insertReportsBulk(tx.db, batch.reports);
    await insertRevisionsBulk(tx.db, batch.revisions);
    await insertValuesBulk(tx.db, batch.values);
  });
}

/**
 * Creates the weekly rounds of the network's standard template for `weeks` ISO weeks up to
 * the current one and files the reports of every reporting member in them.
 */
export async function generateNetworkReports(
  ctx: Ctx,
  input: { networkSlug: string; weeks: number; now: Date; log: (line: string) => void },
): Promise<GeneratedCounts> {
  const started = performance.now();
  const standard = await findStandardTemplate(ctx.db, input.networkSlug);
  if (!standard) throw new Error(`no standard template in network ${input.networkSlug}; did the seed run?`);
  const { template } = standard;
  const current = isoWeekOf(input.now);
  const weekList: IsoWeek[] = [];
  for (let i = input.weeks - 1; i >= 0; i--) weekList.push(addWeeks(current, -i));
  const rounds: RoundInfo[] = (await createRoundsForWeeks(ctx, template.id, weekList)).filter(
    (r) => r.opensAt.getTime() <= input.now.getTime(),
  );
  const definitions = new Map<string, TemplateDefinition>();
  for (const versionId of new Set(rounds.map((r) => r.templateVersionId))) {
    const version = await findTemplateVersionById(ctx.db, versionId);
    if (version) definitions.set(versionId, version.definition);
  }
  const members = await listReportingMembers(ctx.db, template.networkId);
  const firstDef = definitions.values().next().value;
  if (!firstDef) throw new Error('template has no version');
  const orgs: OrgState[] = members.map((m) => {
    const code = m.code ?? m.id;
    return {
      id: m.id,
      code,
      profile: orgProfile(code, template.name, firstDef, input.weeks, members.length),
      previous: null,
    };
  });
  input.log(`  ${input.networkSlug}: ${orgs.length} organisations × ${rounds.length} rounds`);

  const counts = { reports: 0, submitted: 0, revisions: 0, values: 0 };
  let batch: Batch = { reports: [], revisions: [], values: [] };
  let pending: Promise<void> = Promise.resolve();
  let lastLog = performance.now();
  let waitMs = 0;
  const flush = async () => {
    counts.reports += batch.reports.length;
    counts.submitted += batch.reports.filter((r) => r.status === 'submitted').length;
    counts.revisions += batch.revisions.length;
    counts.values += batch.values.length;
    const full = batch;
    batch = { reports: [], revisions: [], values: [] };
    // The next batch is computed while this one is written.
    const w = performance.now();
    await pending;
    waitMs += performance.now() - w;
    pending = writeBatch(ctx, full);
    if (performance.now() - lastLog > 10_000) {
      lastLog = performance.now();
      const s = ((performance.now() - started) / 1000).toFixed(0);
      input.log(`  ${counts.reports} reports, ${counts.values} values (${s} s)`);
    }
  };
  for (const [index, round] of rounds.entries()) {
    const def = definitions.get(round.templateVersionId);
    if (!def) continue;
    for (const org of orgs) addReport(batch, org, round, def, index, input.weeks, input.now);
    if (batch.reports.length >= BATCH_REPORTS) await flush();
  }
  await flush();
  const w = performance.now();
  await pending;
  waitMs += performance.now() - w;
  input.log(`  waited ${(waitMs / 1000).toFixed(1)} s for the database beyond computing answers`);
  await inTransaction(ctx, (tx) =>
    writeAudit(tx, {
      action: 'report.seed_bench',
      entityType: 'template',
      entityId: template.id,
      after: { rounds: rounds.length, ...counts },
    }),
  );
  return {
    organisations: orgs.length,
    rounds: rounds.length,
    ...counts,
    seconds: (performance.now() - started) / 1000,
  };
}
