import type { AttachmentSummary } from '../attachments';

export type AnswerStatus = 'comments' | 'no_comments' | 'not_answered';

export interface ConsultationSummary {
  id: string;
  networkId: string;
  networkName: string;
  title: string;
  /** YYYY-MM-DD: answers are taken until the end of this day, Swedish time. */
  deadline: string;
  deadlineAt: string;
  sentAt: string;
  isOpen: boolean;
  recipientCount: number;
  answeredCount: number;
  myStatus: AnswerStatus | null;
}

export interface ConsultationAnswer {
  orgId: string;
  orgName: string;
  orgCode: string | null;
  status: AnswerStatus;
  text: string;
  attachment: AttachmentSummary | null;
  answeredByName: string | null;
  answeredAt: string | null;
  version: number;
}

export interface ConsultationDetail extends ConsultationSummary {
  description: string;
  attachment: AttachmentSummary;
  deadlineChanges: number;
  isCoordinator: boolean;
  canAnswer: boolean;
  myAnswer: ConsultationAnswer | null;
  answers: ConsultationAnswer[] | null;
  counts: { comments: number; noComments: number; notAnswered: number } | null;
}

export const statusVariant = {
  comments: 'success',
  no_comments: 'info',
  not_answered: 'warning',
} as const;

/** A deadline date (YYYY-MM-DD) in the interface's date format; noon keeps every zone on the day. */
export function deadlineDay(date: string): string {
  return `${date}T12:00:00`;
}
