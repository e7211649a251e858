import { type ComponentType, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppRoute } from '../app-route';
import { RequireAuth } from '../auth/RequireAuth';
import { PageTitleContext } from './page-title';

/** Sets the route's document title and guards non-public pages. */
export function RoutePage({ route, page: Page }: { route: AppRoute; page: ComponentType }) {
  const { t } = useTranslation('common');
  const [override, setOverride] = useState<string | null>(null);
  const setTitle = useCallback((title: string | null) => setOverride(title), []);
  const title = override ?? t(route.titleKey);

  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);

  const content = <Page />;
  return (
    <PageTitleContext.Provider value={setTitle}>
      {route.public ? content : <RequireAuth roles={route.roles}>{content}</RequireAuth>}
    </PageTitleContext.Provider>
  );
}
