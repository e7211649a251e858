import './quotas.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiUrl } from '../../api/client';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Select } from '../../components/Select';
import { Spinner } from '../../components/Spinner';
import { Table } from '../../components/Table';
import { formatNumber } from '../../i18n/format';
import { AllocationActions } from './AllocationActions';
import { HistoryTable } from './HistoryTable';
import { ImportInputs } from './ImportInputs';
import { ParamsForm } from './ParamsForm';
import { DEFAULT_PARAMS, type QuotaOverview, type ScenarioList } from './quota-types';
import { ScenarioCompare } from './ScenarioCompare';
import { StoredScenarios } from './StoredScenarios';

/** /mottagande/kommuntal — länstal and kommuntal of a year: compute, compare, adopt, revise. */
export function KommuntalPage() {
  const { t } = useTranslation(['quotas', 'common']);
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const years = useApi<{ years: { year: number }[] }>('/api/quotas');
  const overview = useApi<QuotaOverview>(`/api/quotas/${year}`, { query: { g: generation } });
  const canManage = overview.data?.canManage ?? false;
  const hasPlan = Boolean(overview.data?.plan);
  const scenarios = useApi<ScenarioList>(canManage && hasPlan ? `/api/quotas/${year}/scenarios` : null, {
    query: { g: generation },
  });

  const refresh = (message: string) => {
    setNotice(message);
    setGeneration((g) => g + 1);
    years.reload();
  };
  const yearOptions = [
    ...new Set([thisYear - 1, thisYear, thisYear + 1, ...(years.data?.years.map((y) => y.year) ?? [])]),
  ]
    .sort()
    .map((y) => ({ value: String(y), label: String(y) }));
  const data = overview.data;
  const plan = data?.plan ?? null;
  const exportQuery = picked.length > 0 ? { scenarios: picked.join(',') } : undefined;

  return (
    <>
      <p>
        <Link to="/mottagande">{t('quotas:back')}</Link>
      </p>
      <h1>{t('quotas:title')}</h1>
      <p className="lead">{t('quotas:intro')}</p>
      <Select
        id="quota-year"
        label={t('quotas:year')}
        options={yearOptions}
        value={String(year)}
        onChange={(e) => {
          setYear(Number(e.target.value));
          setNotice(null);
        }}
      />
      <div aria-live="polite">{notice ? <Alert variant="success">{notice}</Alert> : null}</div>
      {overview.error ? <Alert variant="error">{overview.error.message}</Alert> : null}
      {overview.loading && !data ? <Spinner label={t('common:status.loading')} /> : null}
      {data && !plan ? <p>{t('quotas:noPlan', { year })}</p> : null}
      {plan ? (
        <p>
          {t('quotas:summary.national')}: <strong>{formatNumber(plan.nationalTotal)}</strong> ·{' '}
          {t('quotas:summary.status')}: <strong>{t(`quotas:status.${plan.status}`)}</strong>
        </p>
      ) : null}

      {data && !canManage ? <ReadOnlyView data={data} /> : null}

      {data && canManage ? (
        <>
          <ParamsForm
            key={`${year}-${plan?.version ?? 0}`}
            year={year}
            plan={plan}
            initial={
              plan
                ? { nationalTotal: plan.nationalTotal, params: plan.params }
                : { nationalTotal: 5000, params: DEFAULT_PARAMS }
            }
            onSaved={refresh}
            onComputed={refresh}
          />
          {plan ? <ImportInputs year={year} onImported={refresh} /> : null}
          {scenarios.data ? (
            <ScenarioCompare key={generation} data={scenarios.data} onPick={setPicked} />
          ) : null}
          {scenarios.data ? (
            <StoredScenarios scenarios={scenarios.data.scenarios} onDeleted={refresh} />
          ) : null}
          {plan ? (
            <section className="quotas-section" aria-labelledby="quota-actions-title">
              <h2 id="quota-actions-title">{t('quotas:adopted.heading')}</h2>
              {plan.status !== 'adopted' ? <p>{t('quotas:adopted.notAdopted', { year })}</p> : null}
              <AllocationActions
                key={`${plan.version}`}
                year={year}
                overview={data}
                scenarios={scenarios.data?.scenarios ?? []}
                onDone={refresh}
              />
            </section>
          ) : null}
          {plan?.status === 'adopted' ? <HistoryTable year={year} generation={generation} /> : null}
          {plan ? (
            <section className="quotas-section" aria-labelledby="quota-export-title">
              <h2 id="quota-export-title">{t('quotas:export.heading')}</h2>
              <p className="quotas-inline">
                <a
                  className="button button--secondary"
                  href={apiUrl(`/api/quotas/${year}/export.xlsx`, exportQuery)}
                  download
                >
                  {t('quotas:export.xlsx')}
                </a>
                <a
                  className="button button--secondary"
                  href={apiUrl(`/api/quotas/${year}/export.pdf`, exportQuery)}
                  download
                >
                  {t('quotas:export.pdf')}
                </a>
              </p>
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}

/** What a municipality and other network members see: own number, counties, network sums. */
function ReadOnlyView({ data }: { data: QuotaOverview }) {
  const { t } = useTranslation('quotas');
  if (data.plan?.status !== 'adopted') return <p>{t('adopted.notAdopted', { year: data.year })}</p>;
  return (
    <>
      {data.own ? (
        <p className="lead">
          {t('adopted.own', { year: data.year, kommuntal: formatNumber(data.own.kommuntal) })}
        </p>
      ) : null}
      {data.networks.length > 0 ? (
        <Table
          caption={t('adopted.networksCaption')}
          rows={data.networks}
          rowKey={(r) => r.id}
          columns={[
            { key: 'name', header: t('table.network'), isRowHeader: true, render: (r) => r.name },
            {
              key: 'municipalities',
              header: t('table.municipalities'),
              align: 'end',
              render: (r) => r.municipalities,
            },
            {
              key: 'kommuntal',
              header: t('table.kommuntal'),
              align: 'end',
              render: (r) => formatNumber(r.kommuntal),
            },
          ]}
        />
      ) : null}
      <Table
        caption={t('adopted.countiesCaption', { year: data.year })}
        rows={data.counties}
        rowKey={(r) => r.code}
        columns={[
          {
            key: 'name',
            header: t('table.county'),
            isRowHeader: true,
            sortValue: (r) => r.name,
            render: (r) => r.name,
          },
          {
            key: 'lanstal',
            header: t('table.lanstal'),
            align: 'end',
            sortValue: (r) => r.lanstal,
            render: (r) => formatNumber(r.lanstal),
          },
        ]}
      />
    </>
  );
}
