import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { NotificationsMenu } from '../features/notifications/NotificationsMenu';
import { LanguageSwitcher } from './LanguageSwitcher';
import { UserMenu } from './UserMenu';

export function SiteHeader() {
  const { t } = useTranslation('common');
  const { user } = useAuth();
  return (
    <header className="site-header">
      <div className="page-width site-header__inner">
        <Link to="/" className="site-header__brand">
          <span className="site-header__logo">{t('app.name')}</span>
          <span className="site-header__tagline">{t('app.tagline')}</span>
        </Link>
        <div className="site-header__tools">
          {user ? <span className="site-header__org">{user.orgName}</span> : null}
          <NotificationsMenu />
          <LanguageSwitcher />
          <UserMenu />
        </div>
      </div>
    </header>
  );
}
