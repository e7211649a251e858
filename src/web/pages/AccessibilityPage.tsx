import { useTranslation } from 'react-i18next';

/** Tillgänglighetsredogörelse, required of Swedish public-sector services (DOS-lagen). */
export function AccessibilityPage() {
  const { t } = useTranslation('common');
  return (
    <>
      <h1>{t('accessibility.title')}</h1>
      <p className="lead">{t('accessibility.intro')}</p>
      <h2>{t('accessibility.statusTitle')}</h2>
      <p>{t('accessibility.status')}</p>
      <h2>{t('accessibility.feedbackTitle')}</h2>
      <p>{t('accessibility.feedback')}</p>
      <h2>{t('accessibility.enforcementTitle')}</h2>
      <p>{t('accessibility.enforcement')}</p>
    </>
  );
}
