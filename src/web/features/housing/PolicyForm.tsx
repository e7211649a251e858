import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NumberField } from '../../components/NumberField';
import { parseLocaleNumber } from '../../i18n/format';
import { type FieldErrors, readApiErrors, summaryItems } from '../admin/form-errors';
import type { Policy } from './housing-types';

type Field = 'singleMonths' | 'familyMonths' | 'largeHouseholdSize';
const order: readonly Field[] = ['singleMonths', 'familyMonths', 'largeHouseholdSize'];
const ids: Record<Field, string> = {
  singleMonths: 'policy-single',
  familyMonths: 'policy-family',
  largeHouseholdSize: 'policy-large',
};

/** The municipality's contract lengths (singles, families) and what counts as a large household. */
export function PolicyForm({ policy, onSaved }: { policy: Policy; onSaved: (p: Policy) => void }) {
  const { t } = useTranslation(['housing', 'ledger', 'common']);
  const [form, setForm] = useState<Record<Field, string>>({
    singleMonths: '',
    familyMonths: '',
    largeHouseholdSize: '',
  });
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    setForm({
      singleMonths: String(policy.singleMonths),
      familyMonths: String(policy.familyMonths),
      largeHouseholdSize: String(policy.largeHouseholdSize),
    });
  }, [policy]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors<Field> = {};
    const values: Partial<Record<Field, number>> = {};
    for (const key of order) {
      const v = parseLocaleNumber(form[key]);
      if (v === null || !Number.isInteger(v) || v < 1) found[key] = t('housing:placement.monthsInvalid');
      else values[key] = v;
    }
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    try {
      onSaved(await api.put<Policy>('/api/housing/policy', { ...values, version: policy.version }));
    } catch (caught) {
      const read = readApiErrors(caught, order, t('common:errors.unexpected'));
      setErrors(read.fieldErrors);
      setFormError(read.formError);
    }
  };

  const summary = summaryItems(formError, errors, order, ids);
  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="admin-form">
      {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
      {order.map((key) => (
        <NumberField
          key={key}
          integer
          id={ids[key]}
          label={t(`housing:policy.${key}`)}
          unit={
            key === 'largeHouseholdSize' ? t('housing:policy.personsUnit') : t('housing:placement.monthsUnit')
          }
          value={form[key]}
          onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))}
          error={errors[key]}
        />
      ))}
      <Button type="submit">{t('housing:policy.save')}</Button>
    </form>
  );
}
