export interface LinkedItem {
  meetingId: string;
  meetingTitle: string;
  meetingStartsAt: string;
  minutesStatus: string;
  agendaItemId: string;
  topic: string;
  decisions: { id: string; text: string }[];
  actions: { id: string; text: string; status: string; dueDate: string | null }[];
}

export interface EscalatableReport {
  reportId: string;
  submittedAt: string | null;
  round: { id: string; kind: 'weekly' | 'extra'; isoYear: number; isoWeek: number; title: string };
  templateName: string;
  worstImpact: number | null;
  seriousAreas: { key: string; label: string; impact: number; comment: string }[];
  needs: string;
  needsStreak: number;
  eligible: boolean;
  escalations: LinkedItem[];
}

export interface OrgEscalations {
  canEscalate: boolean;
  reports: EscalatableReport[];
}

export interface Escalated {
  meetingId: string;
  agendaItemId: string;
  actionItemId: string;
  escalations: LinkedItem[];
}
