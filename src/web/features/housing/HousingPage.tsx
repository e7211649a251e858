import '../admin/admin.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Spinner } from '../../components/Spinner';
import { Tabs } from '../../components/Tabs';
import type { ReceptionScopes } from '../ledger/ledger-types';
import { firstScope, ScopePicker, scopePath } from '../ledger/ScopePicker';
import { AggregateHousing } from './AggregateHousing';
import { OwnHousing } from './OwnHousing';

/** /mottagande/boende — my municipality's housing and contracts, and the network's aggregates. */
export function HousingPage() {
  const { t } = useTranslation(['housing', 'ledger', 'common']);
  const scopes = useApi<ReceptionScopes>('/api/reception/scopes');
  const [scope, setScope] = useState<string | null>(null);
  const s = scopes.data;
  const chosen = scope ?? (s ? firstScope(s) : '');
  const path = scopePath(chosen, 'housing');
  const tabs = [];
  if (s?.municipality) tabs.push({ id: 'own', label: t('ledger:tabs.own'), content: <OwnHousing /> });
  if (s && (s.networks.length > 0 || s.counties.length > 0)) {
    tabs.push({
      id: 'aggregate',
      label: t('ledger:tabs.aggregate'),
      content: (
        <>
          <ScopePicker id="housing-scope" scopes={s} value={chosen} onChange={setScope} />
          {path ? <AggregateHousing path={path} /> : null}
        </>
      ),
    });
  }
  return (
    <>
      <h1>{t('housing:page.title')}</h1>
      <p className="lead">{t('housing:page.intro')}</p>
      {scopes.error ? <Alert variant="error">{scopes.error.message}</Alert> : null}
      {scopes.loading && !s ? <Spinner label={t('common:status.loading')} /> : null}
      {s && tabs.length === 0 ? <Alert variant="info">{t('housing:page.nothing')}</Alert> : null}
      {tabs.length === 1 ? tabs[0]?.content : null}
      {tabs.length > 1 ? <Tabs label={t('ledger:tabs.label')} tabs={tabs} keepMounted={false} /> : null}
    </>
  );
}
