import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { formatNumber } from '../../i18n/format';
import type { Scenario } from './quota-types';

/** Every stored scenario of the year, each with its total and a way to remove it. */
export function StoredScenarios({
  scenarios,
  onDeleted,
}: {
  scenarios: Scenario[];
  onDeleted: (message: string) => void;
}) {
  const { t } = useTranslation(['quotas', 'common']);
  const [error, setError] = useState<string | null>(null);
  if (scenarios.length === 0) return null;
  const remove = async (id: string) => {
    setError(null);
    try {
      await api.delete(`/api/quotas/scenarios/${id}`);
      onDeleted(t('quotas:scenario.deleted'));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t('common:errors.unexpected'));
    }
  };
  return (
    <section className="quotas-section" aria-labelledby="quota-scenarios-title">
      <h2 id="quota-scenarios-title">{t('quotas:scenario.listHeading')}</h2>
      {error ? <Alert variant="error">{error}</Alert> : null}
      <ul>
        {scenarios.map((s) => (
          <li key={s.id}>
            <strong>{s.name}</strong>
            {s.referenceDate ? ` (${s.referenceDate})` : ''}:{' '}
            {t('quotas:compare.total', { total: formatNumber(s.nationalTotal), floor: s.params.floor })}{' '}
            <Button type="button" variant="secondary" size="small" onClick={() => void remove(s.id)}>
              {t('quotas:scenario.delete', { name: s.name })}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
