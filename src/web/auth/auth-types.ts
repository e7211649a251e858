import type { UiLocale } from '../../i18n/locales';

export const roles = [
  'reporter',
  'org_admin',
  'coordinator',
  'agency_liaison',
  'case_worker',
  'viewer',
  'system_admin',
] as const;
export type Role = (typeof roles)[number];

export interface UserNetwork {
  id: string;
  slug: string;
  name: string;
  isCoordinator: boolean;
}

/** The signed-in user as GET /api/auth/me and POST /api/auth/login return it. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  orgId: string;
  orgName: string;
  orgKind: string;
  roles: string[];
  locale: UiLocale;
  networks: UserNetwork[];
}

export interface SessionResponse {
  user: SessionUser;
  csrfToken: string;
}

/** True when the user holds at least one of the roles. */
export function userHasRole(user: SessionUser | null, wanted: Role | readonly Role[]): boolean {
  if (!user) return false;
  const list: readonly Role[] = typeof wanted === 'string' ? [wanted] : wanted;
  return list.some((role) => user.roles.includes(role));
}
