import type { ContactFunction } from '../directory/contact-functions';

export type Urgency = 'info' | 'viktigt' | 'larm';
export const urgencies: readonly Urgency[] = ['info', 'viktigt', 'larm'];

export interface ReceiptCounts {
  total: number;
  read: number;
  acknowledged: number;
  pending: number;
}

export interface BulletinSummary {
  id: string;
  networkId: string;
  networkName: string;
  title: string;
  urgency: Urgency;
  audience: 'all' | 'functions';
  functions: ContactFunction[];
  senderName: string;
  senderOrgName: string;
  sentAt: string;
  receipt: { readAt: string | null; acknowledgedAt: string | null } | null;
  isSender: boolean;
  counts: ReceiptCounts | null;
}

export interface BulletinList {
  bulletins: BulletinSummary[];
  sendableNetworks: { id: string; name: string }[];
}

export interface RecipientReceipt {
  userId: string;
  name: string;
  orgName: string;
  deliveredAt: string;
  readAt: string | null;
  acknowledgedAt: string | null;
  mailCount: number;
}

export interface BulletinDetail {
  bulletin: BulletinSummary & { body: string; resendCount: number; lastResentAt: string | null };
  canAcknowledge: boolean;
  canResend: boolean;
  recipients: RecipientReceipt[];
}

export interface Alarm {
  id: string;
  title: string;
  networkName: string;
  senderOrgName: string;
  sentAt: string;
}

export const urgencyVariant = { info: 'info', viktigt: 'warning', larm: 'error' } as const;
