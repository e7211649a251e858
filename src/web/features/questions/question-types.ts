export type QuestionStatus = 'new' | 'assigned' | 'answered';

export interface QuestionSummary {
  id: string;
  networkId: string;
  title: string;
  status: QuestionStatus;
  askerOrgName: string;
  addressedOrgId: string;
  addressedOrgName: string;
  toCoordinator: boolean;
  assigneeName: string | null;
  tags: string[];
  createdAt: string;
  answeredAt: string | null;
}

export interface QuestionList {
  questions: QuestionSummary[];
  canAsk: boolean;
  hasInbox: boolean;
}

export interface QuestionDetail {
  question: QuestionSummary & {
    body: string;
    answer: string | null;
    askerName: string | null;
    answeredByName: string | null;
    version: number;
  };
  canAssign: boolean;
  canAnswer: boolean;
  canEditTags: boolean;
  assignees: { id: string; name: string }[];
}

export interface Addressee {
  orgId: string;
  name: string;
  toCoordinator: boolean;
}

export interface SimilarQuestion {
  id: string;
  title: string;
  answerExcerpt: string;
  tags: string[];
  answeredAt: string;
}

export const statusVariant = { new: 'info', assigned: 'warning', answered: 'success' } as const;

/** "bostad, förskola ,," → ["bostad", "förskola"] (the server normalises case and duplicates). */
export function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}
