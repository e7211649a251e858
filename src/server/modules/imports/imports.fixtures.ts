/**
 * A small world for the import tests: a network owned by an association with three
 * filing municipalities (real kommunkoder), an agency that takes part without filing, a
 * municipality outside the network, and one round of ISO week 11 2025 (open Monday 08:00,
 * due Wednesday 12:00 Stockholm time).
 */
// First: core schemas made before the OpenAPI extension loads would lack `.openapi`.
import '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { sampleTemplate } from '../../../core/reports/test-fixtures';
import { networkMembers } from '../../db/schema/registry';
import { type Database, queryRows } from '../../platform/db';
import {
  makeNetwork,
  makeOrg,
  makeRound,
  makeTemplate,
  makeUser,
  TEST_PASSWORD,
} from '../../testing/factories';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app';

export const OPENS = new Date('2025-03-10T07:00:00Z');
export const DEADLINE = new Date('2025-03-12T11:00:00Z');
export const DURING = new Date('2025-03-11T09:00:00Z');

/** The template's import columns, with the informational name column second. */
export const HEADER = [
  'kommunkod',
  'namn',
  'impact:aldreomsorg',
  'comment:aldreomsorg',
  'figure:smittade',
  'figure:franvaro',
  'criteria_a:hemtjanst',
  'criteria_b:hemtjanst',
  'criteria_c:hemtjanst',
  'comment:hemtjanst',
  'impact:ifo',
  'comment:ifo',
  'figure:kostnad',
  'figure:platser',
  'text:sammanfattning',
  'text:ovrigt',
];

export const ROW_HARRYDA = [
  '1401',
  'Härryda',
  '2',
  '',
  '3',
  '12,5',
  'ja',
  'ja',
  'normal',
  '',
  '1',
  '',
  '1,5',
  '',
  'Lugnt läge',
  '',
];
export const ROW_PARTILLE = [
  '1402',
  'Partille',
  '4 Allvarlig',
  'Hög belastning',
  '7',
  '20 %',
  'delvis',
  'ansträngda',
  'normal',
  'Ansträngt',
  '2',
  '',
  '0',
  '4',
  'Ansträngt',
  '',
];

/** Swedish Excel's CSV: BOM, semicolons, CRLF. */
export function csv(rows: string[][]): string {
  return `\uFEFF${rows.map((r) => r.join(';')).join('\r\n')}\r\n`;
}

export interface ImportWorld {
  t: TestApp;
  database: Database;
  roundId: string;
  upcomingRoundId: string;
  outsiderRoundId: string;
  orgs: { harryda: string; partille: string; ockero: string; agency: string; stockholm: string };
  coordinator: TestClient;
  reporterHarryda: TestClient;
  adminPartille: TestClient;
  viewerHarryda: TestClient;
  outsider: TestClient;
  /** Signs the coordinator in again, e.g. after moving the clock past the session's idle time. */
  signInCoordinator: () => Promise<TestClient>;
}

export async function buildImportWorld(database: Database): Promise<ImportWorld> {
  const db = database.db;
  const t = createTestApp(database, { now: DURING });
  const owner = await makeOrg(db, { kind: 'association', code: 'GRT', name: 'Testregionen' });
  const harryda = await makeOrg(db, { code: '1401', name: 'Härryda kommun' });
  const partille = await makeOrg(db, { code: '1402', name: 'Partille kommun' });
  const ockero = await makeOrg(db, { code: '1407', name: 'Öckerö kommun' });
  const agency = await makeOrg(db, { kind: 'agency', code: 'MSBT', name: 'Testmyndigheten' });
  const stockholm = await makeOrg(db, { code: '0180', name: 'Stockholms stad' });
  const network = await makeNetwork(db, {
    ownerOrgId: owner.id,
    memberOrgIds: [harryda.id, partille.id, ockero.id],
  });
  await db.insert(networkMembers).values({ networkId: network.id, orgId: agency.id, reports: 0 });
  const { template, version } = await makeTemplate(db, {
    networkId: network.id,
    definition: sampleTemplate(),
  });
  const base = {
    networkId: network.id,
    templateId: template.id,
    templateVersionId: version.id,
    isoYear: 2025,
  };
  const round = await makeRound(db, { ...base, isoWeek: 11, opensAt: OPENS, deadlineAt: DEADLINE });
  const upcoming = await makeRound(db, {
    ...base,
    isoWeek: 12,
    opensAt: new Date('2025-03-17T07:00:00Z'),
    deadlineAt: new Date('2025-03-19T11:00:00Z'),
  });
  const otherOwner = await makeOrg(db, { kind: 'association', name: 'Annat förbund' });
  const other = await makeNetwork(db, { ownerOrgId: otherOwner.id, memberOrgIds: [stockholm.id] });
  const otherTemplate = await makeTemplate(db, { networkId: other.id, definition: sampleTemplate() });
  const outsiderRound = await makeRound(db, {
    networkId: other.id,
    templateId: otherTemplate.template.id,
    templateVersionId: otherTemplate.version.id,
    isoYear: 2025,
    isoWeek: 11,
    opensAt: OPENS,
    deadlineAt: DEADLINE,
  });
  const signIn = async (orgId: string, roles: Parameters<typeof makeUser>[1]['roles']) => {
    const user = await makeUser(db, { orgId, ...(roles ? { roles } : {}) });
    return t.signIn(user.email, TEST_PASSWORD);
  };
  const coordinator = await makeUser(db, { orgId: owner.id, roles: ['coordinator'] });
  return {
    t,
    database,
    roundId: round.id,
    upcomingRoundId: upcoming.id,
    outsiderRoundId: outsiderRound.id,
    orgs: {
      harryda: harryda.id,
      partille: partille.id,
      ockero: ockero.id,
      agency: agency.id,
      stockholm: stockholm.id,
    },
    coordinator: await t.signIn(coordinator.email, TEST_PASSWORD),
    signInCoordinator: () => t.signIn(coordinator.email, TEST_PASSWORD),
    reporterHarryda: await signIn(harryda.id, ['reporter']),
    adminPartille: await signIn(partille.id, ['org_admin']),
    viewerHarryda: await signIn(harryda.id, ['viewer']),
    outsider: await signIn(otherOwner.id, ['coordinator']),
  };
}

/** Uploads a file to the import route. */
export async function upload(
  client: TestClient,
  roundId: string,
  file: { name: string; content: string | Uint8Array; type?: string },
  mode: 'dry_run' | 'commit' | string = 'dry_run',
  headers: Record<string, string> = {},
) {
  const form = new FormData();
  form.append('mode', mode);
  const bytes = typeof file.content === 'string' ? new TextEncoder().encode(file.content) : file.content;
  form.append('file', new File([Uint8Array.from(bytes)], file.name, { type: file.type ?? '' }));
  const res = await client.raw(`/api/rounds/${roundId}/imports`, { method: 'POST', body: form, headers });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as ImportResponse) : ({} as ImportResponse) };
}

export interface ImportErrorView {
  row: number;
  column: string;
  columnLetter: string | null;
  code: string;
  message: string;
  value: string | null;
}
export interface ImportResponse {
  mode: string;
  rows: number;
  skipped: number;
  organisations: { row: number; orgId: string; code: string | null; name: string; action: string }[];
  errors: ImportErrorView[];
  wouldCreate: number;
  wouldUpdate: number;
  imported: number;
  error: {
    code: string;
    message: string;
    details: { errors?: ImportErrorView[]; fields?: { path: string }[] };
  };
}

/** Rows that an import must not touch when it fails or only previews. */
export async function countStored(database: Database): Promise<Record<string, number>> {
  const rows = await queryRows<{ reports: number; revisions: number; values: number; audit: number }>(
    database.db,
    sql`select (select count(*)::int from reports) as reports,
               (select count(*)::int from report_revisions) as revisions,
               (select count(*)::int from report_values) as values,
               (select count(*)::int from audit_log) as audit`,
  );
  return { ...rows[0] };
}
