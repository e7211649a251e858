import { useTranslation } from 'react-i18next';

function Placeholder({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation('common');
  return (
    <>
      <h1>{t(titleKey)}</h1>
      <p>{t('pages.placeholder')}</p>
    </>
  );
}

/** /lagesbild — replaced by the situation-picture feature. */
export function SituationPage() {
  return <Placeholder titleKey="pages.situation.title" />;
}

/** /rapporter — replaced by the reports feature. */
export function ReportsPage() {
  return <Placeholder titleKey="pages.reports.title" />;
}

/** /admin — replaced by the administration feature. */
export function AdminPage() {
  return <Placeholder titleKey="pages.admin.title" />;
}
