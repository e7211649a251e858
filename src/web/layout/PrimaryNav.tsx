import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { activeRoutes } from '../app-route';
import { useAuth } from '../auth/AuthProvider';
import { appRoutes } from '../routes';
import { routeIsVisibleTo } from './nav-items';

/** Links of the route registry's nav entries that the user's roles allow. */
export function PrimaryNav() {
  const { t } = useTranslation('common');
  const { user } = useAuth();
  const location = useLocation();
  const [open, setOpen] = useState(false);

  // Close the small-screen menu after navigating.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every path change.
  useEffect(() => setOpen(false), [location.pathname]);

  const items = activeRoutes(appRoutes)
    .filter((route) => route.nav && routeIsVisibleTo(route, user))
    .sort((a, b) => (a.nav?.order ?? 0) - (b.nav?.order ?? 0));
  if (items.length === 0) return null;

  return (
    <nav className="primary-nav" aria-label={t('nav.label')} data-open={open ? 'true' : 'false'}>
      <div className="page-width">
        <button
          type="button"
          className="button button--secondary button--small primary-nav__toggle"
          aria-expanded={open}
          onClick={() => setOpen((value) => !value)}
        >
          {t('nav.menu')}
        </button>
        <ul className="primary-nav__list">
          {items.map((route) => (
            <li key={route.path}>
              <NavLink to={route.path} end={route.path === '/'} className="primary-nav__link">
                {t(route.nav?.labelKey ?? route.titleKey)}
              </NavLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
