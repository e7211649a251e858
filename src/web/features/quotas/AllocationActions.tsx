import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NumberField } from '../../components/NumberField';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { parseLocaleNumber } from '../../i18n/format';
import type { QuotaOverview, Scenario } from './quota-types';

/** A small form whose server field errors land on its inputs (ids: `${prefix}-${field}`). */
function useActionForm(prefix: string, onDone: (message: string) => void) {
  const { t } = useTranslation(['quotas', 'common']);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const run = async (call: () => Promise<unknown>, done: string) => {
    setErrors({});
    setFormError(null);
    try {
      await call();
      onDone(done);
    } catch (caught) {
      if (caught instanceof ApiError) {
        setErrors(
          Object.fromEntries(caught.fieldErrors.map((f) => [`${prefix}-${f.path.split('.')[0]}`, f.message])),
        );
        setFormError(caught.message);
      } else setFormError(t('common:errors.unexpected'));
    }
  };
  const summary = [
    ...(formError ? [{ message: formError }] : []),
    ...Object.entries(errors).map(([fieldId, message]) => ({ fieldId, message })),
  ];
  return { errors, run, summaryNode: summary.length > 0 ? <ErrorSummary errors={summary} /> : null };
}

function ActionSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

/** Adopt a scenario, revise one number, transfer between two municipalities of a county. */
export function AllocationActions({
  year,
  overview,
  scenarios,
  onDone,
}: {
  year: number;
  overview: QuotaOverview;
  scenarios: Scenario[];
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('quotas');
  const version = overview.plan?.version ?? 0;
  const adopted = overview.plan?.status === 'adopted';
  const municipalityOptions = overview.municipalities.map((m) => ({
    value: m.code,
    label: `${m.name} (${m.kommuntal})`,
  }));

  const [adopt, setAdopt] = useState({ scenarioId: scenarios[0]?.id ?? '', reason: '' });
  const adoptForm = useActionForm('adopt', onDone);
  const [revise, setRevise] = useState({ code: '', kommuntal: '', reason: '' });
  const reviseForm = useActionForm('revise', onDone);
  const [transfer, setTransfer] = useState({ fromCode: '', toCode: '', persons: '', reason: '' });
  const transferForm = useActionForm('transfer', onDone);

  const submitAdopt = (e: FormEvent) => {
    e.preventDefault();
    void adoptForm.run(
      () => api.post(`/api/quotas/${year}/adopt`, { ...adopt, expectedVersion: version }),
      t('adopt.done'),
    );
  };
  const submitRevise = (e: FormEvent) => {
    e.preventDefault();
    void reviseForm.run(
      () =>
        api.post(`/api/quotas/${year}/revisions`, {
          changes: [{ code: revise.code, kommuntal: parseLocaleNumber(revise.kommuntal) ?? -1 }],
          reason: revise.reason,
          expectedVersion: version,
        }),
      t('revise.done'),
    );
  };
  const submitTransfer = (e: FormEvent) => {
    e.preventDefault();
    void transferForm.run(
      () =>
        api.post(`/api/quotas/${year}/transfers`, {
          ...transfer,
          persons: parseLocaleNumber(transfer.persons) ?? 0,
          expectedVersion: version,
        }),
      t('transfer.done'),
    );
  };

  return (
    <div className="quotas-grid">
      {scenarios.length > 0 ? (
        <ActionSection id="quota-adopt-title" title={t('adopt.heading')}>
          <form noValidate onSubmit={submitAdopt}>
            {adoptForm.summaryNode}
            <Select
              id="adopt-scenarioId"
              label={t('adopt.scenario')}
              options={scenarios.map((s) => ({ value: s.id, label: s.name }))}
              value={adopt.scenarioId}
              onChange={(e) => setAdopt({ ...adopt, scenarioId: e.target.value })}
              error={adoptForm.errors['adopt-scenarioId']}
            />
            <TextField
              id="adopt-reason"
              label={t('adopt.reason')}
              hint={t('adopt.reasonHint')}
              value={adopt.reason}
              onChange={(e) => setAdopt({ ...adopt, reason: e.target.value })}
              error={adoptForm.errors['adopt-reason']}
            />
            <Button type="submit">{t('adopt.submit')}</Button>
          </form>
        </ActionSection>
      ) : null}
      {adopted ? (
        <>
          <ActionSection id="quota-revise-title" title={t('revise.heading')}>
            <form noValidate onSubmit={submitRevise}>
              {reviseForm.summaryNode}
              <Select
                id="revise-changes"
                label={t('revise.municipality')}
                placeholder="–"
                options={municipalityOptions}
                value={revise.code}
                onChange={(e) => setRevise({ ...revise, code: e.target.value })}
                error={reviseForm.errors['revise-changes']}
              />
              <NumberField
                id="revise-kommuntal"
                integer
                label={t('revise.kommuntal')}
                value={revise.kommuntal}
                onChange={(e) => setRevise({ ...revise, kommuntal: e.target.value })}
              />
              <TextField
                id="revise-reason"
                label={t('revise.reason')}
                value={revise.reason}
                onChange={(e) => setRevise({ ...revise, reason: e.target.value })}
                error={reviseForm.errors['revise-reason']}
              />
              <Button type="submit">{t('revise.submit')}</Button>
            </form>
          </ActionSection>
          <ActionSection id="quota-transfer-title" title={t('transfer.heading')}>
            <p>{t('transfer.intro')}</p>
            <form noValidate onSubmit={submitTransfer}>
              {transferForm.summaryNode}
              <Select
                id="transfer-fromCode"
                label={t('transfer.from')}
                placeholder="–"
                options={municipalityOptions}
                value={transfer.fromCode}
                onChange={(e) => setTransfer({ ...transfer, fromCode: e.target.value })}
                error={transferForm.errors['transfer-fromCode']}
              />
              <Select
                id="transfer-toCode"
                label={t('transfer.to')}
                placeholder="–"
                options={municipalityOptions}
                value={transfer.toCode}
                onChange={(e) => setTransfer({ ...transfer, toCode: e.target.value })}
                error={transferForm.errors['transfer-toCode']}
              />
              <NumberField
                id="transfer-persons"
                integer
                label={t('transfer.persons')}
                value={transfer.persons}
                onChange={(e) => setTransfer({ ...transfer, persons: e.target.value })}
                error={transferForm.errors['transfer-persons']}
              />
              <TextField
                id="transfer-reason"
                label={t('transfer.reason')}
                value={transfer.reason}
                onChange={(e) => setTransfer({ ...transfer, reason: e.target.value })}
                error={transferForm.errors['transfer-reason']}
              />
              <Button type="submit">{t('transfer.submit')}</Button>
            </form>
          </ActionSection>
        </>
      ) : null}
    </div>
  );
}
