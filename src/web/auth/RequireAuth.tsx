import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { Alert } from '../components/Alert';
import { Button } from '../components/Button';
import { Spinner } from '../components/Spinner';
import { ForbiddenPage } from '../pages/ForbiddenPage';
import { useAuth } from './AuthProvider';
import type { Role } from './auth-types';

export interface RequireAuthProps {
  children: ReactNode;
  /** Any of these roles is enough; omitted = any signed-in user. */
  roles?: readonly Role[];
}

/** Renders children for a signed-in user (with one of `roles`); otherwise sends to /login?next=… */
export function RequireAuth({ children, roles }: RequireAuthProps) {
  const { t } = useTranslation('common');
  const { status, hasRole, refresh } = useAuth();
  const location = useLocation();

  if (status === 'loading') return <Spinner label={t('auth.checking')} />;
  if (status === 'error') {
    return (
      <Alert variant="error" title={t('auth.unavailableTitle')}>
        <p>{t('auth.unavailable')}</p>
        <Button variant="secondary" onClick={() => void refresh()}>
          {t('actions.retry')}
        </Button>
      </Alert>
    );
  }
  if (status === 'anonymous') {
    const next = `${location.pathname}${location.search}${location.hash}`;
    const target = next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
    return <Navigate to={target} replace />;
  }
  if (roles && roles.length > 0 && !hasRole(roles)) return <ForbiddenPage />;
  return children;
}
