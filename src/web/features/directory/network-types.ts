import type { ContactFunction } from './contact-functions';

/** GET /api/networks items. */
export interface NetworkSummary {
  id: string;
  slug: string;
  name: string;
  description: string;
  ownerOrgId: string;
  ownerName: string;
  opensWeekday: number;
  opensTime: string;
  deadlineWeekday: number;
  deadlineTime: string;
  reminderHours: number;
  memberCount: number;
  reportingCount: number;
  isCoordinator: boolean;
}

export interface NetworkMember {
  orgId: string;
  name: string;
  shortName: string;
  kind: string;
  code: string | null;
  countyCode: string | null;
  reports: boolean;
}

export interface NetworkDetail extends NetworkSummary {
  members: NetworkMember[];
}

export interface DirectoryEntry {
  userId: string;
  name: string;
  title: string;
  email: string;
  phone: string;
  orgId: string;
  orgName: string;
  functions: ContactFunction[];
}

export interface DirectoryList {
  items: DirectoryEntry[];
  truncated: boolean;
}

export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
