import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Answers } from '../../core/reports/answers';
import type { TemplateDefinition } from '../../core/reports/template-definition';
import { type ContactFunction, type Role, userFunctions, users } from '../db/schema/accounts';
import { networkMembers, networks, type OrganisationKind, organisations } from '../db/schema/registry';
import {
  reportRevisions,
  reports,
  reportValues,
  rounds,
  templates,
  templateVersions,
} from '../db/schema/reports';
import { reportValueRows } from '../modules/reports/report-values';
import { hashPassword } from '../platform/auth/password';
import type { DbOrTx } from '../platform/db';

/** A password that passes the rules; tests sign in with it. */
export const TEST_PASSWORD = 'korrekt-häst-batteri-42';
let cachedHash: Promise<string> | null = null;

export async function makeOrg(
  db: DbOrTx,
  values: { kind?: OrganisationKind; code?: string; name?: string; countyCode?: string } = {},
) {
  const code = values.code ?? `T${randomUUID().slice(0, 6)}`;
  const name = values.name ?? `Testkommun ${code}`;
  const rows = await db
    .insert(organisations)
    .values({
      kind: values.kind ?? 'municipality',
      code,
      name,
      shortName: name,
      countyCode: values.countyCode ?? null,
    })
    .returning();
  const org = rows[0];
  if (!org) throw new Error('org not created');
  return org;
}

export async function makeUser(
  db: DbOrTx,
  values: { orgId: string; roles?: Role[]; email?: string; name?: string; functions?: ContactFunction[] },
) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const email = values.email ?? `user-${randomUUID().slice(0, 8)}@test.example`;
  const rows = await db
    .insert(users)
    .values({
      email,
      name: values.name ?? `Test ${email.split('@')[0]}`,
      orgId: values.orgId,
      roles: values.roles ?? ['reporter'],
      passwordHash: await cachedHash,
    })
    .returning();
  const user = rows[0];
  if (!user) throw new Error('user not created');
  if (values.functions?.length) {
    await db.insert(userFunctions).values(values.functions.map((f) => ({ userId: user.id, function: f })));
  }
  return user;
}

export async function makeNetwork(
  db: DbOrTx,
  values: { ownerOrgId: string; memberOrgIds?: string[]; name?: string; slug?: string },
) {
  const slug = values.slug ?? `natverk-${randomUUID().slice(0, 6)}`;
  const rows = await db
    .insert(networks)
    .values({ slug, name: values.name ?? `Nätverk ${slug}`, ownerOrgId: values.ownerOrgId })
    .returning();
  const network = rows[0];
  if (!network) throw new Error('network not created');
  if (values.memberOrgIds?.length) {
    await db
      .insert(networkMembers)
      .values(values.memberOrgIds.map((orgId) => ({ networkId: network.id, orgId })));
  }
  return network;
}

/** A template with its first version (the picture and report tests insert these directly). */
export async function makeTemplate(
  db: DbOrTx,
  values: { networkId: string; definition: TemplateDefinition; name?: string },
) {
  const template = (
    await db
      .insert(templates)
      .values({ networkId: values.networkId, name: values.name ?? `Mall ${randomUUID().slice(0, 6)}` })
      .returning()
  )[0];
  if (!template) throw new Error('template not created');
  const version = (
    await db
      .insert(templateVersions)
      .values({ templateId: template.id, version: 1, definition: values.definition })
      .returning()
  )[0];
  if (!version) throw new Error('template version not created');
  return { template, version };
}

/** A weekly round; opens Monday 08:00 UTC of the ISO week, due two days later unless given. */
export async function makeRound(
  db: DbOrTx,
  values: {
    networkId: string;
    templateId: string;
    templateVersionId: string;
    isoYear: number;
    isoWeek: number;
    opensAt: Date;
    deadlineAt?: Date;
    kind?: 'weekly' | 'extra';
  },
) {
  const round = (
    await db
      .insert(rounds)
      .values({
        networkId: values.networkId,
        templateId: values.templateId,
        templateVersionId: values.templateVersionId,
        kind: values.kind ?? 'weekly',
        isoYear: values.isoYear,
        isoWeek: values.isoWeek,
        opensAt: values.opensAt,
        deadlineAt: values.deadlineAt ?? new Date(values.opensAt.getTime() + 2 * 86_400_000),
      })
      .returning()
  )[0];
  if (!round) throw new Error('round not created');
  return round;
}

/**
 * A report as the reports module stores it: the report row, its revision and, when
 * submitted, the submitted values as report_values rows (`impact:<area>`, `figure:<key>`).
 */
export async function makeReport(
  db: DbOrTx,
  values: {
    roundId: string;
    orgId: string;
    templateVersionId: string;
    answers: Answers;
    status?: 'draft' | 'submitted';
    isLate?: boolean;
    submittedAt?: Date;
    carriedOver?: Record<string, number>;
  },
) {
  const status = values.status ?? 'submitted';
  const submittedAt = status === 'submitted' ? (values.submittedAt ?? new Date()) : null;
  const report = (
    await db
      .insert(reports)
      .values({
        roundId: values.roundId,
        orgId: values.orgId,
        templateVersionId: values.templateVersionId,
        status,
        answers: values.answers,
        carriedOver: values.carriedOver ?? {},
        isLate: values.isLate ?? false,
        firstSubmittedAt: submittedAt,
        submittedAt,
      })
      .returning()
  )[0];
  if (!report) throw new Error('report not created');
  await db
    .insert(reportRevisions)
    .values({ reportId: report.id, version: 1, status, answers: values.answers });
  if (status === 'submitted') await writeSubmittedValues(db, report, values.answers);
  return report;
}

/** The values exactly as submitReport writes them (reportValueRows on the report's template version). */
async function writeSubmittedValues(
  db: DbOrTx,
  report: { id: string; roundId: string; orgId: string; templateVersionId: string },
  answers: Answers,
) {
  const version = (
    await db.select().from(templateVersions).where(eq(templateVersions.id, report.templateVersionId)).limit(1)
  )[0];
  if (!version) throw new Error('template version not found');
  const rows = reportValueRows(version.definition, answers, report);
  await db
    .delete(reportValues)
    .where(and(eq(reportValues.roundId, report.roundId), eq(reportValues.orgId, report.orgId)));
  if (rows.length > 0) await db.insert(reportValues).values(rows);
}

/**
 * Revises a submitted report as the reports module does: a new revision; a draft revision
 * goes to `draft_answers` and leaves the submitted answers and values as they were.
 */
export async function reviseReport(
  db: DbOrTx,
  report: { id: string; roundId: string; orgId: string; templateVersionId: string; version: number },
  values: { answers: Answers; status: 'draft' | 'submitted'; carriedOver?: Record<string, number> },
) {
  const version = report.version + 1;
  await db
    .insert(reportRevisions)
    .values({ reportId: report.id, version, status: values.status, answers: values.answers });
  await db
    .update(reports)
    .set({
      version,
      ...(values.status === 'submitted'
        ? {
            answers: values.answers,
            draftAnswers: null,
            submittedAt: new Date(),
            status: 'submitted' as const,
          }
        : { draftAnswers: values.answers }),
      ...(values.carriedOver ? { carriedOver: values.carriedOver } : {}),
    })
    .where(eq(reports.id, report.id));
  if (values.status === 'submitted') await writeSubmittedValues(db, report, values.answers);
  return { ...report, version };
}
