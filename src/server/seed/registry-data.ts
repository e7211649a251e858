import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { OrganisationKind } from '../db/schema/registry';

/** The project's reference data (see data/README.md for sources and licences). */
export const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data');

export interface CountyRow {
  code: string;
  name: string;
  shortName: string;
}

export interface OrganisationSeed {
  kind: OrganisationKind;
  code: string;
  name: string;
  shortName: string;
  countyCode: string | null;
}

export interface MemberSeed {
  code: string;
  reports: 0 | 1;
}

export interface NetworkSeed {
  slug: string;
  name: string;
  description: string;
  ownerCode: string;
  opensWeekday: number;
  opensTime: string;
  deadlineWeekday: number;
  deadlineTime: string;
  members: MemberSeed[];
}

/** Codes are read as text: the leading zeros of "0114" and "01" matter. */
function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(path.join(dataDir, file), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: true,
    dynamicTyping: false,
  });
  if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors[0]?.message ?? 'parse error'}`);
  return parsed.data;
}

function field(row: Record<string, string>, key: string, file: string): string {
  const value = row[key]?.trim();
  if (!value) throw new Error(`${file}: missing ${key}`);
  return value;
}

export function readCounties(): CountyRow[] {
  return readCsv('counties.csv').map((r) => ({
    code: field(r, 'county_code', 'counties.csv'),
    name: field(r, 'county_name', 'counties.csv'),
    shortName: field(r, 'county_name_short', 'counties.csv'),
  }));
}

export function readMunicipalities(): OrganisationSeed[] {
  const file = 'municipality_county.csv';
  return readCsv(file).map((r) => ({
    kind: 'municipality',
    code: field(r, 'municipality_code', file),
    name: field(r, 'municipality_name', file),
    shortName: field(r, 'municipality_name_short', file),
    countyCode: field(r, 'county_code', file),
  }));
}

export function readGrMemberCodes(): string[] {
  return readCsv('gr_member_municipalities.csv').map((r) =>
    field(r, 'municipality_code', 'gr_member_municipalities.csv'),
  );
}

export const lansstyrelseCode = (countyCode: string) => `LST-${countyCode}`;

export function lansstyrelser(counties: CountyRow[]): OrganisationSeed[] {
  return counties.map((c) => ({
    kind: 'agency',
    code: lansstyrelseCode(c.code),
    name: `Länsstyrelsen i ${c.name}`,
    shortName: `Länsstyrelsen ${c.shortName}`,
    countyCode: c.code,
  }));
}

/** National agencies, associations and the operator. */
export const fixedOrganisations: OrganisationSeed[] = [
  { kind: 'agency', code: 'SOS', name: 'Socialstyrelsen', shortName: 'Socialstyrelsen', countyCode: null },
  { kind: 'agency', code: 'MIGR', name: 'Migrationsverket', shortName: 'Migrationsverket', countyCode: null },
  {
    kind: 'agency',
    code: 'MSB',
    name: 'Myndigheten för samhällsskydd och beredskap',
    shortName: 'MSB',
    countyCode: null,
  },
  {
    kind: 'agency',
    code: 'AF',
    name: 'Arbetsförmedlingen',
    shortName: 'Arbetsförmedlingen',
    countyCode: null,
  },
  {
    kind: 'agency',
    code: 'IVO',
    name: 'Inspektionen för vård och omsorg',
    shortName: 'IVO',
    countyCode: null,
  },
  {
    kind: 'agency',
    code: 'FHM',
    name: 'Folkhälsomyndigheten',
    shortName: 'Folkhälsomyndigheten',
    countyCode: null,
  },
  {
    kind: 'association',
    code: 'SKR',
    name: 'Sveriges Kommuner och Regioner',
    shortName: 'SKR',
    countyCode: null,
  },
  { kind: 'association', code: 'GR', name: 'GR – Göteborgsregionen', shortName: 'GR', countyCode: '14' },
  { kind: 'operator', code: 'SAMLA', name: 'Samla drift', shortName: 'Samla drift', countyCode: null },
];

const nationalAgencies = ['SOS', 'MSB', 'IVO', 'FHM', 'MIGR', 'AF'];

export function networkSeeds(
  municipalityCodes: string[],
  grCodes: string[],
  countyCodes: string[],
): NetworkSeed[] {
  const reporting = (code: string): MemberSeed => ({ code, reports: 1 });
  const taking = (code: string): MemberSeed => ({ code, reports: 0 });
  return [
    {
      slug: 'gr-mottagande',
      name: 'GR Mottagande och integration',
      description:
        'Göteborgsregionens nätverk för mottagande och integration av nyanlända och skyddsbehövande.',
      ownerCode: 'GR',
      opensWeekday: 1,
      opensTime: '08:00',
      deadlineWeekday: 2,
      deadlineTime: '15:00',
      members: [...grCodes.map(reporting), ...['GR', 'AF', lansstyrelseCode('14'), 'MIGR'].map(taking)],
    },
    {
      slug: 'socialchefsnatverket',
      name: 'Socialchefsnätverket',
      description: 'SKR:s nationella nätverk för socialchefer i landets kommuner.',
      ownerCode: 'SKR',
      opensWeekday: 1,
      opensTime: '08:00',
      deadlineWeekday: 3,
      deadlineTime: '12:00',
      members: [
        ...municipalityCodes.map(reporting),
        ...['SKR', ...nationalAgencies, ...countyCodes.map(lansstyrelseCode)].map(taking),
      ],
    },
  ];
}
