import './picture.css';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Select } from '../../components/Select';
import { Spinner } from '../../components/Spinner';
import { usePageTitle } from '../../layout/page-title';
import { EscalationSection } from '../escalation/EscalationSection';
import { HistoryTemplate } from './HistoryTemplate';
import { picturePath } from './picture-format';
import type { OrgHistory } from './picture-types';

const RANGES = [12, 26, 52, 104] as const;

function roundsParam(value: string | null): number {
  const n = Number(value);
  return RANGES.some((r) => r === n) ? n : 12;
}

/** /natverk/:networkId/organisationer/:orgId — one organisation's submitted reports over time. */
export function OrgHistoryPage() {
  const { t } = useTranslation(['picture', 'common']);
  const { networkId = '', orgId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const rounds = roundsParam(params.get('omgangar'));
  const [chosen, setChosen] = useState(String(rounds));
  useEffect(() => setChosen(String(rounds)), [rounds]);
  const history = useApi<OrgHistory>(
    `/api/networks/${encodeURIComponent(networkId)}/organisations/${encodeURIComponent(orgId)}/history`,
    { query: { rounds } },
  );
  const h = history.data;
  usePageTitle(h ? t('history.heading', { org: h.org.name }) : null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams({ omgangar: chosen });
  };

  return (
    <>
      <p>
        <Link to={picturePath(networkId)}>{t('history.toPicture')}</Link>
      </p>
      <h1>{h ? t('history.heading', { org: h.org.name }) : t('history.title')}</h1>
      {history.error ? <Alert variant="error">{history.error.message}</Alert> : null}
      {history.loading && !h ? <Spinner label={t('common:status.loading')} /> : null}
      {h ? (
        <>
          <p className="lead">{t('history.lead', { network: h.network.name })}</p>
          <p className="muted">{h.isOwn ? t('history.ownNote') : t('history.suppressionNote')}</p>
          <form className="picture-filters" onSubmit={submit}>
            <Select
              label={t('history.rounds')}
              options={RANGES.map((n) => ({ value: String(n), label: t('trends.last', { count: n }) }))}
              value={chosen}
              onChange={(event) => setChosen(event.target.value)}
            />
            <Button type="submit" variant="secondary">
              {t('history.show')}
            </Button>
          </form>
          {h.templates.length === 0 ? <p>{t('history.none')}</p> : null}
          {h.templates.map((template) => (
            <HistoryTemplate key={template.id} template={template} showName={h.templates.length > 1} />
          ))}
          <EscalationSection networkId={networkId} orgId={orgId} orgName={h.org.name} />
        </>
      ) : null}
    </>
  );
}
