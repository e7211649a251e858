import type { AppRoute } from '../app-route';
import { type SessionUser, userHasRole } from '../auth/auth-types';

/** Whether a nav entry is shown to the user: nav.roles, else the route's roles, else everyone signed in. */
export function routeIsVisibleTo(route: AppRoute, user: SessionUser | null): boolean {
  if (!user) return false;
  const roles = route.nav?.roles ?? route.roles;
  return !roles || roles.length === 0 || userHasRole(user, roles);
}
