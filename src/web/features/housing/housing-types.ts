export type HousingType =
  | 'kollektivt_boende'
  | 'mellanboende'
  | 'temporar_lagenhet'
  | 'andrahandskontrakt'
  | 'evakueringsplats';
export const housingTypes: readonly HousingType[] = [
  'kollektivt_boende',
  'mellanboende',
  'temporar_lagenhet',
  'andrahandskontrakt',
  'evakueringsplats',
];
export type WarningLevel = 'within_1' | 'within_3' | 'within_6';

export interface Unit {
  id: string;
  label: string;
  type: HousingType;
  rooms: number;
  beds: number;
  accessible: boolean;
  placesTotal: number;
  placesOccupied: number;
  placesFree: number;
  version: number;
}

export interface Placement {
  id: string;
  householdRef: string;
  householdSize: number;
  unitId: string | null;
  unitLabel: string | null;
  startOn: string;
  contractMonths: number;
  endOn: string;
  endOverridden: boolean;
  endedOn: string | null;
  warning: WarningLevel | null;
  version: number;
}

interface Count {
  households: number;
  persons: number;
}

export interface Forecast {
  overdue: Count;
  months: ({ month: string } & Count)[];
  warnings: Record<WarningLevel, Count>;
}

export interface Places {
  units: number;
  placesTotal: number;
  placesOccupied: number;
  placesFree: number;
}

export interface Capacity {
  total: Places;
  byType: (Places & { type: HousingType })[];
}

export interface LargeBalance {
  threshold?: number;
  householdsNeedingUnit: number;
  freeLargeUnits: number;
  balance: number;
}

export interface Policy {
  singleMonths: number;
  familyMonths: number;
  largeHouseholdSize: number;
  version: number;
}

export interface OwnHousingView {
  municipality: { id: string; name: string };
  canEdit: boolean;
  today: string;
  policy: Policy;
  capacity: Capacity;
  units: Unit[];
  placements: Placement[];
  forecast: Forecast;
  large: LargeBalance;
}

export interface AggregateHousingView {
  scope: { kind: 'network' | 'county'; id: string; name: string };
  today: string;
  capacity: Capacity;
  forecast: Forecast;
  large: LargeBalance;
  municipalities: {
    orgId: string;
    code: string | null;
    name: string;
    capacity: Capacity;
    forecast: Forecast;
    large: LargeBalance;
  }[];
}

export const warningVariant = { within_1: 'error', within_3: 'warning', within_6: 'info' } as const;
