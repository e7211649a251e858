import type { TemplateDefinition } from '../../../core/reports/template-definition';

export type RoundState = 'upcoming' | 'open' | 'closed';

/** GET /api/networks/:networkId/rounds items. */
export interface RoundSummary {
  id: string;
  networkId: string;
  templateId: string;
  templateName: string;
  templateVersion: number;
  kind: 'weekly' | 'extra';
  isoYear: number;
  isoWeek: number;
  title: string;
  opensAt: string;
  deadlineAt: string;
  state: RoundState;
  filed: number;
  late: number;
  expected: number;
}

export interface RoundList {
  rounds: RoundSummary[];
  canManage: boolean;
}

/** GET /api/rounds/:id, and the answer of POST and PATCH. */
export interface RoundDetail {
  round: RoundSummary;
  definition: TemplateDefinition;
  canManage: boolean;
}
