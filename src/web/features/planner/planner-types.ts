export interface RunSummary {
  id: string;
  name: string;
  year: number;
  status: 'draft' | 'queued' | 'running' | 'done' | 'failed' | 'accepted';
  createdAt: string;
}

export interface RunList {
  runs: RunSummary[];
  canPlan: boolean;
}

export interface RunDetail {
  run: RunSummary & {
    version: number;
    error: string | null;
    progress: {
      phase: string;
      elapsedS: number;
      incumbent: number | null;
      bound: number | null;
      gapPct: number | null;
    } | null;
  };
  result: {
    gapPct: number;
    proven: boolean;
    gainVsGreedyPct: number;
    totalPersons: number;
    seconds: number;
    effectivePlacedPersons: number;
  } | null;
  issues: { path: string; code: string }[];
  municipalities: {
    code: string;
    name: string;
    remainingQuota: number;
    proposedPersons: number;
    quotaAfter: number;
  }[];
  proposals: {
    householdId: string;
    persons: number;
    municipality: string | null;
    terms: string[];
    unplacedReason: string | null;
  }[];
  violations: { code: string }[];
  acceptedAssignments: number | null;
}
