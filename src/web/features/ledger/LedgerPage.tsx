import '../admin/admin.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Select } from '../../components/Select';
import { Spinner } from '../../components/Spinner';
import { Tabs } from '../../components/Tabs';
import { AggregateLedger } from './AggregateLedger';
import type { ReceptionScopes } from './ledger-types';
import { OwnLedger } from './OwnLedger';
import { firstScope, ScopePicker, scopePath } from './ScopePicker';

function yearOptions(current: number) {
  return [current + 1, current, current - 1, current - 2].map((y) => ({
    value: String(y),
    label: String(y),
  }));
}

/** /mottagande/anvisningar — my municipality's ledger, and the network's or county's aggregates. */
export function LedgerPage() {
  const { t } = useTranslation(['ledger', 'common']);
  const scopes = useApi<ReceptionScopes>('/api/reception/scopes');
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [scope, setScope] = useState<string | null>(null);
  const s = scopes.data;
  const chosen = scope ?? (s ? firstScope(s) : '');
  const aggregatePath = scopePath(chosen, 'ledger');

  const tabs = [];
  if (s?.municipality) {
    tabs.push({ id: 'own', label: t('ledger:tabs.own'), content: <OwnLedger year={year} /> });
  }
  if (s && (s.networks.length > 0 || s.counties.length > 0)) {
    tabs.push({
      id: 'aggregate',
      label: t('ledger:tabs.aggregate'),
      content: (
        <>
          <ScopePicker id="ledger-scope" scopes={s} value={chosen} onChange={setScope} />
          {aggregatePath ? <AggregateLedger path={aggregatePath} year={year} /> : null}
        </>
      ),
    });
  }

  return (
    <>
      <h1>{t('ledger:page.title')}</h1>
      <p className="lead">{t('ledger:page.intro')}</p>
      <div className="filter-bar">
        <Select
          id="ledger-year"
          label={t('ledger:page.year')}
          options={yearOptions(thisYear)}
          value={String(year)}
          onChange={(e) => setYear(Number(e.target.value))}
        />
      </div>
      {scopes.error ? <Alert variant="error">{scopes.error.message}</Alert> : null}
      {scopes.loading && !s ? <Spinner label={t('common:status.loading')} /> : null}
      {s && tabs.length === 0 ? <Alert variant="info">{t('ledger:page.nothing')}</Alert> : null}
      {tabs.length === 1 ? tabs[0]?.content : null}
      {tabs.length > 1 ? <Tabs label={t('ledger:tabs.label')} tabs={tabs} keepMounted={false} /> : null}
    </>
  );
}
