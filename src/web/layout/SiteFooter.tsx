import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function SiteFooter() {
  const { t } = useTranslation('common');
  return (
    <footer className="site-footer">
      <div className="page-width">
        <ul className="site-footer__links">
          <li>
            <Link to="/tillganglighet">{t('footer.accessibility')}</Link>
          </li>
        </ul>
        <p className="muted">{t('footer.text')}</p>
      </div>
    </footer>
  );
}
