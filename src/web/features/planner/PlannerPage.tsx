import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError, api, apiUrl } from '../../api/client';
import { useApi } from '../../api/use-api';
import { Alert, Button, Select, Table, Textarea, TextField } from '../../components';
import { useChosenNetwork } from '../questions/NetworkPicker';
import { PlannerUpload } from './PlannerUpload';
import type { RunDetail, RunList } from './planner-types';

/** A GR-scale demo batch: sizes as in the directive's arrivals, composition consistent. */
function demoBatch(count: number): string {
  const sizes = [1, 1, 1, 2, 2, 3, 3, 4, 5, 6];
  return JSON.stringify(
    Array.from({ length: count }, (_, i) => {
      const persons = sizes[(i * 7) % sizes.length] ?? 1;
      const adults = Math.min(persons, persons === 1 ? 1 : 2);
      return { id: `DEMO-${String(i + 1).padStart(3, '0')}`, persons, adults, children: persons - adults };
    }),
    null,
    1,
  );
}

/** The error with each field problem (translated by the server) and where it is, e.g. households.3.persons. */
function fieldMessages(err: ApiError): string {
  const fields = err.fieldErrors.slice(0, 20).map((f) => `${f.path}: ${f.message}`);
  return [err.message, ...fields].join(' ');
}

/** /mottagande/planerare — create a run, follow it, review and change proposals, accept, export. */
export function PlannerPage() {
  const { t } = useTranslation('planner');
  const { networkId, picker } = useChosenNetwork();
  const [params, setParams] = useSearchParams();
  const runId = params.get('korning');
  const list = useApi<RunList>(networkId ? `/networks/${networkId}/planner/runs` : null);
  const [name, setName] = useState('');
  const [batch, setBatch] = useState(() => demoBatch(40));
  const [error, setError] = useState<string | null>(null);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    let households: unknown;
    try {
      households = JSON.parse(batch);
    } catch {
      setError(t('create.invalidJson'));
      return;
    }
    try {
      const run = await api.post<RunDetail>(`/networks/${networkId}/planner/runs`, {
        name: name || t('create.batchDemo'),
        year: new Date().getFullYear(),
        households,
      });
      list.reload();
      setParams({ ...Object.fromEntries(params), korning: run.run.id });
    } catch (err) {
      setError(err instanceof ApiError ? fieldMessages(err) : String(err));
    }
  };

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {picker}
      <h2>{t('runs')}</h2>
      {list.error ? <Alert variant="error">{list.error.message}</Alert> : null}
      {list.data && list.data.runs.length === 0 ? <p>{t('noRuns')}</p> : null}
      <ul>
        {list.data?.runs.map((r) => (
          <li key={r.id}>
            <a href={`?${new URLSearchParams({ ...Object.fromEntries(params), korning: r.id })}`}>{r.name}</a>{' '}
            – {t(`status.${r.status}`)}
          </li>
        ))}
      </ul>
      {runId ? <RunView id={runId} /> : null}
      {list.data?.canPlan ? (
        <PlannerUpload
          networkId={networkId}
          onStored={(id) => {
            list.reload();
            setParams({ ...Object.fromEntries(params), korning: id });
          }}
        />
      ) : null}
      {list.data?.canPlan ? (
        <form onSubmit={create} noValidate>
          <h2>{t('create.heading')}</h2>
          {error ? <Alert variant="error">{error}</Alert> : null}
          <TextField
            id="planner-name"
            label={t('create.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <Textarea
            id="planner-batch"
            label={t('create.batch')}
            hint={t('create.batchHint')}
            rows={8}
            value={batch}
            onChange={(e) => setBatch(e.target.value)}
          />
          <Button type="submit">{t('create.submit')}</Button>
        </form>
      ) : null}
    </>
  );
}

function RunView({ id }: { id: string }) {
  const { t } = useTranslation('planner');
  const run = useApi<RunDetail>(`/planner/runs/${id}`);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [moves, setMoves] = useState<Record<string, string>>({});
  const [assignedOn, setAssignedOn] = useState(() => new Date().toISOString().slice(0, 10));
  const [targetGroup, setTargetGroup] = useState('skyddsbehovande_lma');
  const status = run.data?.run.status;
  const { reload } = run;

  // Poll while the solver works; it reports its phase, incumbent and bound as it goes.
  useEffect(() => {
    if (status !== 'queued' && status !== 'running') return;
    const timer = setInterval(reload, 1000);
    return () => clearInterval(timer);
  }, [status, reload]);

  if (!run.data) return run.error ? <Alert variant="error">{run.error.message}</Alert> : null;
  const d = run.data;
  const names = new Map(d.municipalities.map((m) => [m.code, m.name]));
  const options = [
    { value: '', label: t('table.unplaced') },
    ...d.municipalities.map((m) => ({ value: m.code, label: `${m.name} (${m.quotaAfter})` })),
  ];

  const act = async (fn: () => Promise<RunDetail>, ok: (r: RunDetail) => string) => {
    setFailure(null);
    try {
      const r = await fn();
      run.setData(r);
      setMessage(ok(r));
    } catch (err) {
      setFailure(err instanceof ApiError ? fieldMessages(err) : String(err));
    }
  };

  return (
    <section aria-labelledby="planner-run">
      <h2 id="planner-run">
        {d.run.name} – {t(`status.${d.run.status}`)}
      </h2>
      {d.run.progress && (status === 'queued' || status === 'running') ? (
        <p role="status">
          {t('progress.phase', { phase: t(`progress.phases.${d.run.progress.phase}`) })} · {t('progress.gap')}
          : {d.run.progress.gapPct?.toFixed(3) ?? '–'} %
        </p>
      ) : null}
      {d.run.status === 'draft' ? (
        <p>
          {t('start.hint', { households: d.proposals.length })}{' '}
          <Button
            onClick={() =>
              act(
                () => api.post<RunDetail>(`/planner/runs/${id}/start`, { version: d.run.version }),
                () => t('start.started'),
              )
            }
          >
            {t('start.submit')}
          </Button>
        </p>
      ) : null}
      {message ? <Alert variant="success">{message}</Alert> : null}
      {failure ? <Alert variant="error">{failure}</Alert> : null}
      {d.issues.length > 0 ? (
        <Alert variant="error">
          {d.issues.map((i) => `${i.path}: ${t(`errors:field.planner_${i.code}`)}`).join(' ')}
        </Alert>
      ) : null}
      {d.result ? (
        <>
          <h3>{t('result.heading')}</h3>
          <dl className="planner-result">
            <dt>{t('result.placed')}</dt>
            <dd>
              {d.result.effectivePlacedPersons} / {d.result.totalPersons}
            </dd>
            <dt>{t('result.gap')}</dt>
            <dd>
              {d.result.gapPct.toFixed(4)} % {d.result.proven ? `(${t('result.proven')})` : ''}
            </dd>
            <dt>{t('result.gain')}</dt>
            <dd>{d.result.gainVsGreedyPct.toFixed(3)} %</dd>
            <dt>{t('result.seconds')}</dt>
            <dd>{d.result.seconds.toFixed(1)}</dd>
          </dl>
          {d.violations.length > 0 ? (
            <Alert variant="warning">
              {t('violations', { codes: d.violations.map((v) => v.code).join(', ') })}
            </Alert>
          ) : null}
          <Table
            caption={t('perMunicipality')}
            rowKey={(m) => m.code}
            rows={d.municipalities}
            columns={[
              { key: 'name', header: t('table.municipality'), isRowHeader: true, render: (m) => m.name },
              {
                key: 'quota',
                header: t('table.remainingQuota'),
                align: 'end',
                sortValue: (m) => m.remainingQuota,
              },
              {
                key: 'persons',
                header: t('table.proposedPersons'),
                align: 'end',
                sortValue: (m) => m.proposedPersons,
              },
              { key: 'after', header: t('table.quotaAfter'), align: 'end', sortValue: (m) => m.quotaAfter },
            ]}
          />
          <Table
            caption={t('table.household')}
            rowKey={(p) => p.householdId}
            rows={d.proposals}
            columns={[
              { key: 'id', header: t('table.household'), isRowHeader: true, render: (p) => p.householdId },
              { key: 'persons', header: t('table.persons'), align: 'end', sortValue: (p) => p.persons },
              {
                key: 'municipality',
                header: t('table.municipality'),
                render: (p) =>
                  p.municipality ? (names.get(p.municipality) ?? p.municipality) : t('table.unplaced'),
              },
              {
                key: 'reason',
                header: t('table.reason'),
                render: (p) =>
                  p.municipality
                    ? p.terms.map((term) => t(`terms.${term}`)).join(', ')
                    : p.unplacedReason
                      ? t(`unplaced.${p.unplacedReason}`)
                      : '',
              },
              {
                key: 'move',
                header: t('table.move'),
                render: (p) =>
                  d.run.status === 'done' ? (
                    <div className="planner-move">
                      <Select
                        id={`move-${p.householdId}`}
                        label={t('override.label', { household: p.householdId })}
                        options={options}
                        value={moves[p.householdId] ?? p.municipality ?? ''}
                        onChange={(e) => setMoves({ ...moves, [p.householdId]: e.target.value })}
                      />
                      <Button
                        variant="secondary"
                        onClick={() =>
                          act(
                            () =>
                              api.post<RunDetail>(`/planner/runs/${id}/overrides`, {
                                householdId: p.householdId,
                                municipality: (moves[p.householdId] ?? p.municipality ?? '') || null,
                                version: d.run.version,
                              }),
                            () => t('override.saved'),
                          )
                        }
                      >
                        {t('override.save')}
                      </Button>
                    </div>
                  ) : null,
              },
            ]}
          />
          <p>
            <a href={apiUrl(`/planner/runs/${id}/export.xlsx`)} download>
              {t('export.xlsx')}
            </a>
          </p>
          {d.run.status === 'done' ? (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void act(
                  () =>
                    api.post<RunDetail>(`/planner/runs/${id}/accept`, {
                      version: d.run.version,
                      assignedOn,
                      targetGroup,
                    }),
                  (r) => t('accept.done', { count: r.acceptedAssignments ?? 0 }),
                );
              }}
            >
              <h3>{t('accept.heading')}</h3>
              <TextField
                id="planner-assigned-on"
                type="date"
                width="short"
                label={t('accept.assignedOn')}
                value={assignedOn}
                onChange={(e) => setAssignedOn(e.target.value)}
              />
              <Select
                id="planner-target-group"
                label={t('accept.targetGroup')}
                options={['skyddsbehovande_lma', 'kvotflykting', 'anlaggningsboende'].map((g) => ({
                  value: g,
                  label: t(`targetGroups.${g}`),
                }))}
                value={targetGroup}
                onChange={(e) => setTargetGroup(e.target.value)}
              />
              <Button type="submit">{t('accept.submit')}</Button>
            </form>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
