/**
 * A small network for the picture tests, with numbers chosen so every aggregate can be
 * checked by hand. Weeks 10 and 11 of 2026 have opened, week 12 has not; the clock stands
 * inside week 11's filing window.
 *
 *              county  w10 äldre  w11 äldre  w11 ifo  smittade  frånvaro  platser  notes
 *   Ale          14        2          2         2        0         5        10     comment changed
 *   Alingsås     14        2          4         3        3        10        20     draft revision after submit
 *   Borås        14        3          5         –       10        20        30     late
 *   Kungsbacka   13        –          1         1        7        12        40     filed on template v2 (nya = 4)
 *   Lerum        14        1          1         –        2        15         –     comment stale (3 rounds)
 *   Mölndal      14        –       draft only
 *   Öckerö       14        –          –                                              missing
 */
// The OpenAPI extension must load before core's zod schemas are built.
import '@hono/zod-openapi';
import { answers as answersSchema } from '../../../core/reports/answers';
import { type TemplateDefinition, templateDefinition } from '../../../core/reports/template-definition';
import { weekStart } from '../../../core/time/iso-week';
import { counties, networkMembers } from '../../db/schema/registry';
import { templateVersions } from '../../db/schema/reports';
import type { Database } from '../../platform/db';
import {
  makeNetwork,
  makeOrg,
  makeReport,
  makeRound,
  makeTemplate,
  makeUser,
  reviseReport,
  TEST_PASSWORD,
} from '../../testing/factories';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app';

export function pictureTemplate(): TemplateDefinition {
  return templateDefinition.parse({
    areas: [
      {
        key: 'aldre',
        label: { sv: 'Äldreomsorg', en: 'Elderly care' },
        commentRequiredFrom: 4,
        figures: [
          { key: 'smittade', label: { sv: 'Smittade' }, type: 'integer', min: 0, countsPersons: true },
          { key: 'franvaro', label: { sv: 'Frånvaro' }, type: 'percent', unit: '%' },
        ],
      },
      { key: 'ifo', label: { sv: 'IFO' }, impactMode: 'direct', commentRequiredFrom: null },
    ],
    figures: [{ key: 'platser', label: { sv: 'Lediga platser' }, type: 'integer' }],
    texts: [{ key: 'behov', label: { sv: 'Behov av stöd' } }],
  });
}

/** Version 2: a new label for äldreomsorg and a new figure; keys stay. */
function pictureTemplateV2(): TemplateDefinition {
  const def = pictureTemplate();
  const [aldre, ...rest] = def.areas;
  if (!aldre) throw new Error('template without areas');
  return {
    ...def,
    areas: [{ ...aldre, label: { sv: 'Äldreomsorg (SÄBO)' } }, ...rest],
    figures: [
      ...def.figures,
      { key: 'nya', label: { sv: 'Nya' }, type: 'integer', required: false, countsPersons: false },
    ],
  };
}

export function opensAt(week: number): Date {
  return new Date(weekStart({ isoYear: 2026, isoWeek: week }).getTime() + 8 * 3600_000);
}
/** Wednesday 12:00 UTC of the week. */
export function deadlineAt(week: number): Date {
  return new Date(opensAt(week).getTime() + 2 * 86_400_000 + 4 * 3600_000);
}

interface AnswersInput {
  areas?: Record<string, { impact?: number; comment?: string }>;
  figures?: Record<string, number | null>;
  texts?: Record<string, string>;
}
export function answers(input: AnswersInput) {
  return answersSchema.parse(input);
}

export interface PictureWorld {
  t: TestApp;
  networkId: string;
  otherNetworkRoundId: string;
  templateId: string;
  rounds: { w10: string; w11: string; w12: string };
  org: Record<
    'ale' | 'alingsas' | 'boras' | 'kungsbacka' | 'lerum' | 'molndal' | 'ockero' | 'agency' | 'outsider',
    string
  >;
  coordinator: TestClient;
  alingsasReporter: TestClient;
  ockeroReporter: TestClient;
  outsider: TestClient;
}

export async function buildPictureWorld(database: Database): Promise<PictureWorld> {
  const db = database.db;
  const t = createTestApp(database, { now: new Date(opensAt(11).getTime() + 3600_000) });
  await db
    .insert(counties)
    .values([
      { code: '13', name: 'Hallands län', shortName: 'Halland' },
      { code: '14', name: 'Västra Götalands län', shortName: 'Västra Götaland' },
    ])
    .onConflictDoNothing();
  const owner = await makeOrg(db, { kind: 'association', name: 'Förbundet' });
  const muni = (name: string, countyCode: string) => makeOrg(db, { name, countyCode });
  const ale = await muni('Ale', '14');
  const alingsas = await muni('Alingsås', '14');
  const boras = await muni('Borås', '14');
  const kungsbacka = await muni('Kungsbacka', '13');
  const lerum = await muni('Lerum', '14');
  const molndal = await muni('Mölndal', '14');
  const ockero = await muni('Öckerö', '14');
  const agency = await makeOrg(db, { kind: 'agency', name: 'Myndigheten' });
  const outsiderOrg = await makeOrg(db, { name: 'Utanför kommun', countyCode: '14' });
  const members = [ale, alingsas, boras, kungsbacka, lerum, molndal, ockero].map((o) => o.id);
  const network = await makeNetwork(db, {
    ownerOrgId: owner.id,
    memberOrgIds: members,
    name: 'Testnätverket',
  });
  await db.insert(networkMembers).values({ networkId: network.id, orgId: agency.id, reports: 0 });
  const other = await makeNetwork(db, { ownerOrgId: outsiderOrg.id, memberOrgIds: [outsiderOrg.id] });

  const { template, version } = await makeTemplate(db, {
    networkId: network.id,
    definition: pictureTemplate(),
  });
  const v2 = (
    await db
      .insert(templateVersions)
      .values({ templateId: template.id, version: 2, definition: pictureTemplateV2() })
      .returning()
  )[0];
  if (!v2) throw new Error('v2 not created');
  const round = (week: number) =>
    makeRound(db, {
      networkId: network.id,
      templateId: template.id,
      templateVersionId: version.id,
      isoYear: 2026,
      isoWeek: week,
      opensAt: opensAt(week),
      deadlineAt: deadlineAt(week),
    });
  const w10 = await round(10);
  const w11 = await round(11);
  const w12 = await round(12);
  const otherTemplate = await makeTemplate(db, { networkId: other.id, definition: pictureTemplate() });
  const otherRound = await makeRound(db, {
    networkId: other.id,
    templateId: otherTemplate.template.id,
    templateVersionId: otherTemplate.version.id,
    isoYear: 2026,
    isoWeek: 11,
    opensAt: opensAt(11),
  });

  const file = (
    roundId: string,
    orgId: string,
    input: AnswersInput,
    extra: {
      isLate?: boolean;
      carriedOver?: Record<string, number>;
      status?: 'draft';
      versionId?: string;
    } = {},
  ) =>
    makeReport(db, {
      roundId,
      orgId,
      templateVersionId: extra.versionId ?? version.id,
      answers: answers(input),
      ...(extra.status ? { status: extra.status } : {}),
      ...(extra.isLate ? { isLate: true } : {}),
      ...(extra.carriedOver ? { carriedOver: extra.carriedOver } : {}),
    });

  // Week 10
  await file(w10.id, ale.id, {
    areas: { aldre: { impact: 2, comment: 'Lugnt' }, ifo: { impact: 1 } },
    figures: { smittade: 1 },
  });
  await file(w10.id, alingsas.id, { areas: { aldre: { impact: 2 } }, figures: { smittade: 1 } });
  await file(w10.id, boras.id, { areas: { aldre: { impact: 3 } } });
  await file(w10.id, lerum.id, { areas: { aldre: { impact: 1, comment: 'Oförändrat läge' } } });
  // Week 11
  await file(w11.id, ale.id, {
    areas: { aldre: { impact: 2, comment: 'Lugnt men ansträngt' }, ifo: { impact: 2 } },
    figures: { smittade: 0, franvaro: 5, platser: 10 },
  });
  const alingsasReport = await file(w11.id, alingsas.id, {
    areas: { aldre: { impact: 4, comment: 'Brist på personal' }, ifo: { impact: 3 } },
    figures: { smittade: 3, franvaro: 10, platser: 20 },
  });
  await reviseReport(db, alingsasReport, {
    status: 'draft',
    answers: answers({
      areas: { aldre: { impact: 1, comment: 'UTKAST som ingen får se' } },
      figures: { smittade: 99 },
    }),
  });
  await file(
    w11.id,
    boras.id,
    {
      areas: { aldre: { impact: 5, comment: 'Kritiskt läge på SÄBO' } },
      figures: { smittade: 10, franvaro: 20, platser: 30 },
      texts: { behov: 'Behöver stöd med bemanning' },
    },
    { isLate: true },
  );
  await file(
    w11.id,
    kungsbacka.id,
    {
      areas: { aldre: { impact: 1 }, ifo: { impact: 1 } },
      figures: { smittade: 7, franvaro: 12, platser: 40, nya: 4 },
    },
    { versionId: v2.id },
  );
  await file(
    w11.id,
    lerum.id,
    { areas: { aldre: { impact: 1, comment: 'Oförändrat läge' } }, figures: { smittade: 2, franvaro: 15 } },
    { carriedOver: { 'comment:aldre': 3 } },
  );
  await file(
    w11.id,
    molndal.id,
    { areas: { aldre: { impact: 5, comment: 'HEMLIGT UTKAST' } }, figures: { smittade: 50 } },
    { status: 'draft' },
  );

  const coordinatorUser = await makeUser(db, { orgId: owner.id, roles: ['coordinator'] });
  const alingsasUser = await makeUser(db, { orgId: alingsas.id, roles: ['reporter'] });
  const ockeroUser = await makeUser(db, { orgId: ockero.id, roles: ['reporter'] });
  const outsiderUser = await makeUser(db, { orgId: outsiderOrg.id, roles: ['coordinator'] });
  return {
    t,
    networkId: network.id,
    otherNetworkRoundId: otherRound.id,
    templateId: template.id,
    rounds: { w10: w10.id, w11: w11.id, w12: w12.id },
    org: {
      ale: ale.id,
      alingsas: alingsas.id,
      boras: boras.id,
      kungsbacka: kungsbacka.id,
      lerum: lerum.id,
      molndal: molndal.id,
      ockero: ockero.id,
      agency: agency.id,
      outsider: outsiderOrg.id,
    },
    coordinator: await t.signIn(coordinatorUser.email, TEST_PASSWORD),
    alingsasReporter: await t.signIn(alingsasUser.email, TEST_PASSWORD),
    ockeroReporter: await t.signIn(ockeroUser.email, TEST_PASSWORD),
    outsider: await t.signIn(outsiderUser.email, TEST_PASSWORD),
  };
}
