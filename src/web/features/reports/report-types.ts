import type { Answers } from '../../../core/reports/answers';
import type { ChangeStatus } from '../../../core/reports/carry-over';
import type { TemplateDefinition } from '../../../core/reports/template-definition';

/** The API's shapes (src/server/modules/reports/reports.schemas.ts), as the pages read them. */

export type RoundState = 'upcoming' | 'open' | 'closed';

export interface FilingRound {
  id: string;
  networkId: string;
  networkName: string;
  templateId: string;
  templateName: string;
  kind: 'weekly' | 'extra';
  isoYear: number;
  isoWeek: number;
  label: string;
  title: string;
  opensAt: string;
  deadlineAt: string;
  state: RoundState;
}

export interface ReportSummary {
  id: string;
  roundId: string;
  orgId: string;
  status: 'draft' | 'submitted';
  version: number;
  submittedAt: string | null;
  firstSubmittedAt: string | null;
  isLate: boolean;
  carriedOver: Record<string, number>;
  hasPendingRevision: boolean;
  updatedAt: string;
  updatedByName: string | null;
}

export interface CommentCarry {
  roundsUnchanged: number;
  since: { isoYear: number; isoWeek: number } | null;
  stale: boolean;
}

export interface ReportForm {
  round: FilingRound;
  template: { versionId: string; version: number; definition: TemplateDefinition };
  report: ReportSummary | null;
  answers: Answers;
  submittedAnswers: Answers | null;
  previous: { roundId: string; label: string; isoYear: number; isoWeek: number; answers: Answers } | null;
  prefilled: boolean;
  changes: Record<string, ChangeStatus>;
  carriedOver: Record<string, CommentCarry>;
  canFile: boolean;
  closedReason: 'not_open' | 'deadline_passed' | 'not_allowed' | null;
  now: string;
}

export interface SubmitResult {
  report: ReportSummary;
  dropped: string[];
}

export type TodoStatus = 'not_started' | 'draft' | 'submitted' | 'late' | 'missing';

export interface TodoItem {
  round: FilingRound;
  reportId: string | null;
  status: TodoStatus;
  hasPendingRevision: boolean;
  submittedAt: string | null;
  canFile: boolean;
}

export interface ReportTodo {
  orgId: string;
  now: string;
  items: TodoItem[];
}

export interface ConflictDetails {
  current: {
    version: number;
    status: 'draft' | 'submitted';
    answers: Answers;
    updatedByName: string | null;
    updatedAt: string;
  };
}

export interface ReportHistory {
  report: {
    id: string;
    roundId: string;
    orgId: string;
    label: string;
    isoYear: number;
    isoWeek: number;
    templateName: string;
    definition: TemplateDefinition;
  };
  revisions: {
    version: number;
    status: 'draft' | 'submitted';
    at: string;
    actorName: string | null;
    answers: Answers;
    diff: { key: string; status: ChangeStatus }[];
  }[];
}
