import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundPage } from './NotFoundPage';

/**
 * Shown when a page throws or its chunk fails to load (typically after a new deploy while
 * the tab was open; reloading fetches the new build).
 */
export function RouteErrorPage({ standalone = false }: { standalone?: boolean }) {
  const { t } = useTranslation('common');
  const error = useRouteError();
  useEffect(() => {
    document.title = `${t('routeError.title')} – ${t('app.name')}`;
    console.error(error);
  }, [error, t]);
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <div className={standalone ? 'page-width site-main' : undefined}>
      <h1>{t('routeError.title')}</h1>
      <p>{t('routeError.text')}</p>
      <p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </button>
      </p>
    </div>
  );
}
