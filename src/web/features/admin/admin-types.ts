import type { Role } from '../../auth/auth-types';
import type { ContactFunction } from '../directory/contact-functions';

/** GET /api/users items. */
export interface AdminUser {
  id: string;
  email: string;
  name: string;
  title: string;
  phone: string;
  orgId: string;
  orgName: string;
  roles: Role[];
  functions: ContactFunction[];
  locale: 'sv' | 'en';
  isActive: boolean;
  hasPassword: boolean;
  isDemo: boolean;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface AuditEntry {
  id: number;
  at: string;
  actorUserId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  actorOrgId: string | null;
  actorOrgName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  ip: string;
}

export interface OrganisationOption {
  id: string;
  name: string;
}

export type UserStatus = 'active' | 'invited' | 'inactive';

export function statusOf(user: Pick<AdminUser, 'isActive' | 'hasPassword'>): UserStatus {
  if (!user.isActive) return 'inactive';
  return user.hasPassword ? 'active' : 'invited';
}

/** Roles an org admin may hand out; coordinator and system admin are the operator's to give. */
export const orgAdminGrantable: readonly Role[] = [
  'reporter',
  'org_admin',
  'viewer',
  'case_worker',
  'agency_liaison',
];
