import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthProvider';

/** Start page, "Att göra". Placeholder: the reports engineer replaces it with the to-do list. */
export function StartPage() {
  const { t } = useTranslation('common');
  const { user } = useAuth();
  return (
    <>
      <h1>{t('pages.start.title')}</h1>
      {user ? (
        <p className="lead">{t('pages.start.welcome', { name: user.name, org: user.orgName })}</p>
      ) : null}
      <p>{t('pages.placeholder')}</p>
    </>
  );
}
