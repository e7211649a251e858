export type Direction = 1 | -1;
export type FactorKey = 'labourMarket' | 'earlierReception' | 'asylumSeekers' | 'housing';
export const FACTOR_KEYS: readonly FactorKey[] = [
  'labourMarket',
  'earlierReception',
  'asylumSeekers',
  'housing',
];

export interface QuotaParams {
  floor: number;
  populationWeight: number;
  receptionYears: number;
  factors: Record<FactorKey, { weight: number; direction: Direction }>;
}

export interface QuotaPlan {
  id: string;
  year: number;
  nationalTotal: number;
  params: QuotaParams;
  status: 'draft' | 'adopted';
  version: number;
  adoptedAt: string | null;
  adoptedScenarioId: string | null;
}

export interface MunicipalityNumber {
  orgId: string;
  code: string;
  name: string;
  countyCode: string;
  kommuntal: number;
}

export interface QuotaOverview {
  year: number;
  plan: QuotaPlan | null;
  canManage: boolean;
  counties: { code: string; name: string; lanstal: number; municipalities: number }[];
  municipalities: MunicipalityNumber[];
  own: MunicipalityNumber | null;
  networks: { id: string; name: string; kommuntal: number; municipalities: number }[];
}

export interface Scenario {
  id: string;
  name: string;
  referenceDate: string | null;
  nationalTotal: number;
  params: QuotaParams;
  overrides: number;
  createdAt: string;
  counties: { countyCode: string; name: string; lanstal: number; quota: number; share: number }[];
  results: { code: string; countyCode: string; kommuntal: number; quota: number; share: number }[];
}

export interface ScenarioList {
  scenarios: Scenario[];
  municipalities: { code: string; name: string; countyCode: string }[];
}

export interface QuotaChange {
  id: string;
  kind: 'adopt' | 'revise' | 'transfer';
  code: string;
  name: string;
  previous: number | null;
  kommuntal: number;
  reason: string;
  actorName: string | null;
  createdAt: string;
}

export const DEFAULT_PARAMS: QuotaParams = {
  floor: 7,
  populationWeight: 0.4,
  receptionYears: 3,
  factors: {
    labourMarket: { weight: 0.2, direction: 1 },
    earlierReception: { weight: 0.2, direction: -1 },
    asylumSeekers: { weight: 0.2, direction: -1 },
    housing: { weight: 0, direction: 1 },
  },
};
