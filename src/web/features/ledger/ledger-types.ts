export type TargetGroup = 'kvotflykting' | 'anlaggningsboende' | 'skyddsbehovande_lma';
export type AssignmentStatus = 'assigned' | 'received' | 'cancelled';
export const targetGroups: readonly TargetGroup[] = [
  'kvotflykting',
  'anlaggningsboende',
  'skyddsbehovande_lma',
];

export interface Assignment {
  id: string;
  householdRef: string;
  householdSize: number;
  adults: number;
  children: number;
  targetGroup: TargetGroup;
  assignedOn: string;
  plannedReceptionOn: string | null;
  receivedOn: string | null;
  status: AssignmentStatus;
  source: 'manual' | 'import' | 'planner';
  overdue: boolean;
  version: number;
}

export interface LedgerTotals {
  kommuntal: number | null;
  assigned: number;
  received: number;
  pending: number;
  remaining: number | null;
  households: { assigned: number; received: number; pending: number };
  overdue: number;
}

export interface BehindPlan {
  behind: boolean;
  reasons: ('behind_share' | 'overdue_receptions')[];
  receivedShare: number | null;
  elapsedShare: number;
  overdue: number;
}

export interface TrendWeek {
  isoYear: number;
  isoWeek: number;
  assigned: number;
  received: number;
  receivedToDate: number;
}

export interface OwnLedgerView {
  municipality: { id: string; name: string };
  year: number;
  canEdit: boolean;
  totals: LedgerTotals;
  behind: BehindPlan;
  trend: TrendWeek[];
  assignments: Assignment[];
}

export interface AggregateLedgerView {
  scope: { kind: 'network' | 'county'; id: string; name: string };
  year: number;
  totals: LedgerTotals;
  behind: BehindPlan;
  trend: TrendWeek[];
  municipalities: {
    orgId: string;
    code: string | null;
    name: string;
    totals: LedgerTotals;
    behind: BehindPlan;
  }[];
}

export interface ReceptionScopes {
  municipality: { id: string; name: string; canEdit: boolean } | null;
  networks: { id: string; name: string }[];
  counties: { code: string; name: string }[];
}

export interface LedgerImportResult {
  mode: 'dry_run' | 'commit';
  rows: number;
  errors: { row: number; column: string; code: string; message: string; value: string | null }[];
  wouldCreate: number;
  imported: number;
}

/** Today's date in Sweden as YYYY-MM-DD (the form's default reception date). */
export function todayInSweden(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
}
