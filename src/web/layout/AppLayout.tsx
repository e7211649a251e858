import { type RefObject, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { AlarmBanner } from '../features/bulletins/AlarmBanner';
import { PrimaryNav } from './PrimaryNav';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/** Moves focus to the new page's h1 after client-side navigation (not on the first load). */
function useFocusOnNavigation(mainRef: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  // Compare with the last path rather than "first run", which StrictMode's double effects defeat.
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const heading = mainRef.current?.querySelector('h1');
    const target = heading ?? mainRef.current;
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  }, [pathname, mainRef]);
}

export function AppLayout() {
  const { t } = useTranslation('common');
  const mainRef = useRef<HTMLElement>(null);
  const navigation = useNavigation();
  useFocusOnNavigation(mainRef);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipLink')}
      </a>
      <SiteHeader />
      <PrimaryNav />
      <AlarmBanner />
      {navigation.state === 'loading' ? (
        <div className="navigation-progress" role="status">
          <span className="visually-hidden">{t('status.loadingPage')}</span>
        </div>
      ) : null}
      <main id="main" className="site-main" ref={mainRef} tabIndex={-1}>
        <div className="page-width">
          <Outlet />
        </div>
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </>
  );
}
