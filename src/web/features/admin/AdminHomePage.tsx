import './admin.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../auth/AuthProvider';
import { userHasRole } from '../../auth/auth-types';

/** /admin — the administration pages an org admin or system admin can open. */
export function AdminHomePage() {
  const { t } = useTranslation(['admin', 'apiTokens']);
  const { user } = useAuth();
  return (
    <>
      <h1>{t('home.title')}</h1>
      <ul className="link-list">
        <li>
          <Link to="/admin/anvandare">{t('users.title')}</Link>
          <br />
          <span className="muted">{t('home.users')}</span>
        </li>
        <li>
          <Link to="/admin/granskningslogg">{t('audit.title')}</Link>
          <br />
          <span className="muted">{t('home.audit')}</span>
        </li>
        {userHasRole(user, 'org_admin') ? (
          <li>
            <Link to="/admin/api-nycklar">{t('apiTokens:title')}</Link>
            <br />
            <span className="muted">{t('home.apiTokens')}</span>
          </li>
        ) : null}
        <li>
          <Link to="/natverk">{t('home.networksLink')}</Link>
          <br />
          <span className="muted">{t('home.networks')}</span>
        </li>
      </ul>
    </>
  );
}
