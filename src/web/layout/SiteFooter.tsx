import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../api/use-api';
import { useAuth } from '../auth/AuthProvider';

/**
 * The development mailbox exists only outside production, where its API answers; one small
 * request tells whether to link it, so the page is reachable without typing its address.
 */
function useMailboxAvailable(): boolean {
  const { user } = useAuth();
  const probe = useApi<unknown>(user ? '/api/dev/mailbox' : null, { query: { limit: 1 } });
  return user !== null && probe.data !== undefined;
}

export function SiteFooter() {
  const { t } = useTranslation('common');
  const mailbox = useMailboxAvailable();
  return (
    <footer className="site-footer">
      <div className="page-width">
        <ul className="site-footer__links">
          <li>
            <Link to="/tillganglighet">{t('footer.accessibility')}</Link>
          </li>
          {mailbox ? (
            <li>
              <Link to="/dev/brevlada">{t('footer.mailbox')}</Link>
            </li>
          ) : null}
        </ul>
        <p className="muted">{t('footer.text')}</p>
      </div>
    </footer>
  );
}
