import type { ComponentType } from 'react';
import type { Role } from './auth/auth-types';

/** One page of the app; see routes.tsx. */
export interface AppRoute {
  /** Absolute URL path, may hold parameters: '/rapporter', '/rapporter/:reportId'. */
  path: string;
  /** Loads the page component lazily (its own chunk): () => import('./x/XPage').then((m) => m.XPage). */
  load: () => Promise<ComponentType>;
  /** i18n key of the page title (document.title). A page with a dynamic title calls usePageTitle(). */
  titleKey: string;
  /** Who may open the page (any of these roles); omitted = every signed-in user. */
  roles?: readonly Role[];
  /** Opens without signing in (login, accessibility statement, survey answering). */
  public?: boolean;
  /** Only in development builds (`vite` dev server). */
  devOnly?: boolean;
  /** Listed in the primary navigation, sorted by order; shown to `roles` (default: the route's). */
  nav?: { labelKey: string; order: number; roles?: readonly Role[] };
}

/** Routes that exist in this build (drops devOnly ones in production). */
export function activeRoutes(routes: readonly AppRoute[]): AppRoute[] {
  return routes.filter((route) => !route.devOnly || import.meta.env.DEV);
}
