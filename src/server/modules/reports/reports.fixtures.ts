/**
 * A small world for the reports tests: a network with two filing municipalities (A, B),
 * an agency that takes part without filing, a coordinator, an outsider network, and
 * weekly rounds for ISO weeks 10–13 of 2026 (09:00 UTC Monday to 12:00 UTC Wednesday).
 */
// First: schemas made by core before the OpenAPI extension loads lack `.openapi`, and the
// templates module calls it on core's template schema.
import '@hono/zod-openapi';
import { type TemplateDefinition, templateDefinition } from '../../../core/reports/template-definition';
import { weekStart } from '../../../core/time/iso-week';
import { apiTokens } from '../../db/schema/accounts';
import { networkMembers } from '../../db/schema/registry';
import { hashToken } from '../../platform/auth/tokens';
import type { Database } from '../../platform/db';
import {
  makeNetwork,
  makeOrg,
  makeRound,
  makeTemplate,
  makeUser,
  TEST_PASSWORD,
} from '../../testing/factories';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app';

export function filingTemplate(): TemplateDefinition {
  return templateDefinition.parse({
    areas: [
      {
        key: 'sabo',
        label: { sv: 'Särskilt boende' },
        impactMode: 'either',
        commentRequiredFrom: 4,
        figures: [
          {
            key: 'smittade',
            label: { sv: 'Smittade' },
            type: 'integer',
            min: 0,
            required: true,
            countsPersons: true,
          },
          { key: 'franvaro', label: { sv: 'Frånvaro' }, type: 'percent' },
        ],
      },
      { key: 'ifo', label: { sv: 'IFO' }, impactMode: 'criteria', commentRequiredFrom: 4 },
    ],
    texts: [{ key: 'needs', label: { sv: 'Behov av stöd' } }],
  });
}

export const WEEKS = [10, 11, 12, 13] as const;
export type Week = (typeof WEEKS)[number];

export function opensAt(week: number): Date {
  return new Date(weekStart({ isoYear: 2026, isoWeek: week }).getTime() + 8 * 3600_000);
}
export function deadlineAt(week: number): Date {
  return new Date(opensAt(week).getTime() + 2 * 86_400_000 + 3 * 3600_000);
}
/** An instant inside the week's filing window. */
export function during(week: number): Date {
  return new Date(opensAt(week).getTime() + 3600_000);
}
export function afterDeadline(week: number): Date {
  return new Date(deadlineAt(week).getTime() + 3600_000);
}

export interface ReportsWorld {
  t: TestApp;
  orgA: string;
  orgB: string;
  agency: string;
  /** The round id of a week. */
  round: (week: Week) => string;
  outsiderRound: string;
  apiToken: string;
  reporterA: TestClient;
  reporterA2: TestClient;
  viewerA: TestClient;
  reporterB: TestClient;
  agencyUser: TestClient;
  coordinator: TestClient;
  /** Moves the clock and signs everyone in again. */
  setNow: (date: Date) => Promise<void>;
}

export async function buildWorld(database: Database): Promise<ReportsWorld> {
  const db = database.db;
  const t = createTestApp(database, { now: during(10) });
  const owner = await makeOrg(db, { kind: 'association', name: 'Förbundet' });
  const a = await makeOrg(db, { name: 'Aby kommun' });
  const b = await makeOrg(db, { name: 'Bby kommun' });
  const agency = await makeOrg(db, { kind: 'agency', name: 'Myndigheten' });
  const network = await makeNetwork(db, { ownerOrgId: owner.id, memberOrgIds: [a.id, b.id] });
  await db.insert(networkMembers).values({ networkId: network.id, orgId: agency.id, reports: 0 });
  const { template, version } = await makeTemplate(db, {
    networkId: network.id,
    definition: filingTemplate(),
  });
  const rounds = new Map<number, string>();
  for (const week of WEEKS) {
    const round = await makeRound(db, {
      networkId: network.id,
      templateId: template.id,
      templateVersionId: version.id,
      isoYear: 2026,
      isoWeek: week,
      opensAt: opensAt(week),
      deadlineAt: deadlineAt(week),
    });
    rounds.set(week, round.id);
  }
  const other = await makeNetwork(db, { ownerOrgId: owner.id, memberOrgIds: [b.id] });
  const otherTemplate = await makeTemplate(db, { networkId: other.id, definition: filingTemplate() });
  const outsider = await makeRound(db, {
    networkId: other.id,
    templateId: otherTemplate.template.id,
    templateVersionId: otherTemplate.version.id,
    isoYear: 2026,
    isoWeek: 10,
    opensAt: opensAt(10),
    deadlineAt: deadlineAt(10),
  });
  const apiToken = 'test-token-for-aby-kommun-0123456789';
  await db
    .insert(apiTokens)
    .values({ orgId: a.id, name: 'Verksamhetssystem', tokenHash: hashToken(apiToken), prefix: 'test' });

  const people = {
    reporterA: await makeUser(db, { orgId: a.id, roles: ['reporter'], name: 'Anna Andersson' }),
    reporterA2: await makeUser(db, { orgId: a.id, roles: ['org_admin'], name: 'Bertil Berg' }),
    viewerA: await makeUser(db, { orgId: a.id, roles: ['viewer'], name: 'Vera Viewer' }),
    reporterB: await makeUser(db, { orgId: b.id, roles: ['reporter'], name: 'Beata Bengtsson' }),
    agencyUser: await makeUser(db, {
      orgId: agency.id,
      roles: ['reporter', 'agency_liaison'],
      name: 'Agnes Agency',
    }),
    coordinator: await makeUser(db, { orgId: owner.id, roles: ['coordinator'], name: 'Kim Koordinator' }),
  };
  const signIn = (user: { email: string }) => t.signIn(user.email, TEST_PASSWORD);
  const world: ReportsWorld = {
    t,
    orgA: a.id,
    orgB: b.id,
    agency: agency.id,
    round: (week) => {
      const id = rounds.get(week);
      if (!id) throw new Error(`no round for week ${week}`);
      return id;
    },
    outsiderRound: outsider.id,
    apiToken,
    reporterA: await signIn(people.reporterA),
    reporterA2: await signIn(people.reporterA2),
    viewerA: await signIn(people.viewerA),
    reporterB: await signIn(people.reporterB),
    agencyUser: await signIn(people.agencyUser),
    coordinator: await signIn(people.coordinator),
    // Sessions end after 12 idle hours, so moving the clock by a week means signing in again.
    setNow: async (date) => {
      t.setNow(date);
      world.reporterA = await signIn(people.reporterA);
      world.reporterA2 = await signIn(people.reporterA2);
      world.viewerA = await signIn(people.viewerA);
      world.reporterB = await signIn(people.reporterB);
      world.agencyUser = await signIn(people.agencyUser);
      world.coordinator = await signIn(people.coordinator);
    },
  };
  return world;
}

export const path = (round: string, org: string, op: 'form' | 'draft' | 'submit' | 'unchanged') =>
  `/api/rounds/${round}/reports/${org}/${op}`;

/** Answers that pass submission: sabo at Allvarlig with a comment, ifo by criteria. */
export function validAnswers(overrides: { comment?: string; smittade?: number; needs?: string } = {}) {
  return {
    areas: {
      sabo: { impact: 4, criteria: null, comment: overrides.comment ?? 'Stor personalbrist på två boenden.' },
      ifo: { impact: null, criteria: { a: 'partly', b: 'yes', c: 'normal' }, comment: '' },
    },
    figures: { smittade: overrides.smittade ?? 3, franvaro: 12.5 },
    texts: { needs: overrides.needs ?? 'Behöver stöd med bemanning.' },
  };
}

export interface ErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> };
}
export interface FieldsBody {
  error: { code: string; details: { fields: { path: string; code: string; message: string }[] } };
}
