/**
 * A small network of real municipalities (so the map can draw them) over three rounds of
 * one template, plus a second template whose reports must never leak into the first's
 * export. Decimal figures and comments with separators and quotes test the CSV.
 *
 *                    2025-W47   2026-W46   2026-W47
 *   Ale        1440     ✓          ✓       ✓ äldre 4, smittade 3, frånvaro 12,5
 *   Alingsås   1489                ✓       ✓ äldre 2, smittade 12, frånvaro 7,25
 *   Härryda    1401                ✓       ✓ late, äldre 5, smittade 0
 *   Öckerö     1407                ✓       – missing
 *   Kungsbacka 1384                        draft only
 */
import '@hono/zod-openapi';
import { answers as answersSchema } from '../../../core/reports/answers';
import { type TemplateDefinition, templateDefinition } from '../../../core/reports/template-definition';
import { weekStart } from '../../../core/time/iso-week';
import { counties, networkMembers } from '../../db/schema/registry';
import type { Database } from '../../platform/db';
import {
  makeNetwork,
  makeOrg,
  makeReport,
  makeRound,
  makeTemplate,
  makeUser,
  TEST_PASSWORD,
} from '../../testing/factories';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app';

export function exportsTemplate(): TemplateDefinition {
  return templateDefinition.parse({
    areas: [
      {
        key: 'aldre',
        label: { sv: 'Äldreomsorg', en: 'Elderly care' },
        figures: [
          {
            key: 'smittade',
            label: { sv: 'Smittade brukare', en: 'Infected users' },
            type: 'integer',
            countsPersons: true,
          },
          { key: 'franvaro', label: { sv: 'Frånvaro', en: 'Absence' }, type: 'percent', unit: '%' },
        ],
      },
      { key: 'ifo', label: { sv: 'Individ- och familjeomsorg', en: 'Individual and family care' } },
    ],
    figures: [{ key: 'platser', label: { sv: 'Lediga platser', en: 'Free places' }, type: 'integer' }],
    texts: [
      {
        key: 'behov',
        label: { sv: 'Behov av samordning och stöd', en: 'Needs of coordination and support' },
      },
    ],
  });
}

function at(isoYear: number, isoWeek: number, hours: number): Date {
  return new Date(weekStart({ isoYear, isoWeek }).getTime() + hours * 3600_000);
}

export interface ExportsWorld {
  t: TestApp;
  networkId: string;
  networkName: string;
  templateId: string;
  otherTemplateId: string;
  rounds: { w47y25: string; w46: string; w47: string };
  coordinator: TestClient;
  reporter: TestClient;
  liaison: TestClient;
  admin: TestClient;
  outsider: TestClient;
}

export async function buildExportsWorld(database: Database): Promise<ExportsWorld> {
  const db = database.db;
  const t = createTestApp(database, { now: at(2026, 47, 60) });
  await db
    .insert(counties)
    .values([
      { code: '13', name: 'Hallands län', shortName: 'Halland' },
      { code: '14', name: 'Västra Götalands län', shortName: 'Västra Götaland' },
    ])
    .onConflictDoNothing();
  const owner = await makeOrg(db, { kind: 'association', code: 'GRT', name: 'Göteborgsregionen (test)' });
  const muni = (code: string, name: string, countyCode = '14') => makeOrg(db, { code, name, countyCode });
  const ale = await muni('1440', 'Ale');
  const alingsas = await muni('1489', 'Alingsås');
  const harryda = await muni('1401', 'Härryda');
  const ockero = await muni('1407', 'Öckerö');
  const kungsbacka = await muni('1384', 'Kungsbacka', '13');
  const agency = await makeOrg(db, { kind: 'agency', code: 'MIGT', name: 'Migrationsverket (test)' });
  const operator = await makeOrg(db, { kind: 'operator', code: 'OPT', name: 'Driften' });
  const outsiderOrg = await makeOrg(db, { code: '1480', name: 'Göteborg', countyCode: '14' });
  const networkName = 'Mottagande och integration i Västra Götaland';
  const network = await makeNetwork(db, {
    ownerOrgId: owner.id,
    memberOrgIds: [ale, alingsas, harryda, ockero, kungsbacka].map((o) => o.id),
    name: networkName,
  });
  await db.insert(networkMembers).values({ networkId: network.id, orgId: agency.id, reports: 0 });

  const { template, version } = await makeTemplate(db, {
    networkId: network.id,
    definition: exportsTemplate(),
    name: 'Socialtjänstens lägesrapport',
  });
  const other = await makeTemplate(db, {
    networkId: network.id,
    definition: exportsTemplate(),
    name: 'Annan mall',
  });
  const round = (isoYear: number, isoWeek: number, templateId = template.id, versionId = version.id) =>
    makeRound(db, {
      networkId: network.id,
      templateId,
      templateVersionId: versionId,
      isoYear,
      isoWeek,
      opensAt: at(isoYear, isoWeek, 8),
      deadlineAt: at(isoYear, isoWeek, 60),
    });
  const w47y25 = await round(2025, 47);
  const w46 = await round(2026, 46);
  const w47 = await round(2026, 47);
  const otherRound = await round(2026, 47, other.template.id, other.version.id);

  const file = (
    roundId: string,
    orgId: string,
    input: Record<string, unknown>,
    extra: { isLate?: boolean; status?: 'draft'; submittedAt?: Date } = {},
  ) =>
    makeReport(db, {
      roundId,
      orgId,
      templateVersionId: version.id,
      answers: answersSchema.parse(input),
      ...extra,
    });

  await file(w47y25.id, ale.id, { areas: { aldre: { impact: 1 } }, figures: { smittade: 0, platser: 4 } });
  for (const org of [ale, alingsas, harryda, ockero]) {
    await file(w46.id, org.id, {
      areas: { aldre: { impact: 2 }, ifo: { impact: 1 } },
      figures: { smittade: 1, franvaro: 5 },
    });
  }
  await file(
    w47.id,
    ale.id,
    {
      areas: {
        aldre: { impact: 4, comment: 'Personalbrist på två boenden; vi "prioriterar" omsorgen' },
        ifo: { impact: 2 },
      },
      figures: { smittade: 3, franvaro: 12.5, platser: 6 },
      texts: { behov: 'Stöd med bemanning' },
    },
    { submittedAt: at(2026, 47, 30) },
  );
  await file(w47.id, alingsas.id, {
    areas: { aldre: { impact: 2 }, ifo: { impact: 3 } },
    figures: { smittade: 12, franvaro: 7.25, platser: 2 },
  });
  await file(
    w47.id,
    harryda.id,
    {
      areas: { aldre: { impact: 5, comment: 'Kritiskt läge' }, ifo: { impact: 1 } },
      figures: { smittade: 0 },
    },
    { isLate: true, submittedAt: at(2026, 47, 62) },
  );
  await file(
    w47.id,
    kungsbacka.id,
    { areas: { aldre: { impact: 3 } }, figures: { smittade: 40 } },
    { status: 'draft' },
  );
  await file(otherRound.id, ale.id, { areas: { aldre: { impact: 5, comment: 'ANNAN MALL' } } });

  const signIn = async (orgId: string, roles: Parameters<typeof makeUser>[1]['roles']) => {
    const user = await makeUser(db, { orgId, roles });
    return t.signIn(user.email, TEST_PASSWORD);
  };
  return {
    t,
    networkId: network.id,
    networkName,
    templateId: template.id,
    otherTemplateId: other.template.id,
    rounds: { w47y25: w47y25.id, w46: w46.id, w47: w47.id },
    coordinator: await signIn(owner.id, ['coordinator']),
    reporter: await signIn(ale.id, ['reporter']),
    liaison: await signIn(agency.id, ['agency_liaison']),
    admin: await signIn(operator.id, ['system_admin']),
    outsider: await signIn(outsiderOrg.id, ['coordinator']),
  };
}
