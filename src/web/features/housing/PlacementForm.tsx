import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NumberField } from '../../components/NumberField';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { parseLocaleNumber } from '../../i18n/format';
import { type FieldErrors, readApiErrors, summaryItems } from '../admin/form-errors';
import type { Placement, Policy, Unit } from './housing-types';

type Field = 'householdRef' | 'householdSize' | 'unitId' | 'startOn' | 'contractMonths' | 'endOn' | 'endedOn';
const order: readonly Field[] = [
  'householdRef',
  'householdSize',
  'unitId',
  'startOn',
  'contractMonths',
  'endOn',
  'endedOn',
];
const ids: Record<Field, string> = {
  householdRef: 'placement-ref',
  householdSize: 'placement-size',
  unitId: 'placement-unit',
  startOn: 'placement-start',
  contractMonths: 'placement-months',
  endOn: 'placement-end',
  endedOn: 'placement-ended',
};
type Form = Record<Field, string>;

function formOf(p: Placement | null): Form {
  return {
    householdRef: p?.householdRef ?? '',
    householdSize: p ? String(p.householdSize) : '',
    unitId: p?.unitId ?? '',
    startOn: p?.startOn ?? '',
    contractMonths: p ? String(p.contractMonths) : '',
    endOn: p?.endOverridden ? p.endOn : '',
    endedOn: p?.endedOn ?? '',
  };
}

/**
 * A household's contract. Length and end date follow the municipality's policy unless filled
 * in; an end date set by hand is kept until it is emptied again.
 */
export function PlacementForm({
  editing,
  units,
  policy,
  onSaved,
  onCancel,
}: {
  editing: Placement | null;
  units: Unit[];
  policy: Policy;
  onSaved: (p: Placement, created: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['housing', 'ledger', 'common']);
  const [form, setForm] = useState<Form>(formOf(null));
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    setForm(formOf(editing));
    setErrors({});
    setFormError(null);
  }, [editing]);

  const set = (key: Field, value: string) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors<Field> = {};
    if (!form.householdRef.trim()) found.householdRef = t('ledger:form.required');
    const size = parseLocaleNumber(form.householdSize);
    if (size === null || !Number.isInteger(size) || size < 1)
      found.householdSize = t('housing:placement.sizeInvalid');
    const months = form.contractMonths.trim() === '' ? undefined : parseLocaleNumber(form.contractMonths);
    if (months === null || (months !== undefined && (!Number.isInteger(months) || months < 1))) {
      found.contractMonths = t('housing:placement.monthsInvalid');
    }
    if (!form.startOn) found.startOn = t('ledger:form.required');
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    const body = {
      householdRef: form.householdRef.trim(),
      householdSize: size ?? 1,
      unitId: form.unitId || null,
      startOn: form.startOn,
      ...(months !== undefined && months !== null ? { contractMonths: months } : {}),
      endOn: form.endOn || null,
    };
    try {
      const saved = editing
        ? await api.patch<Placement>(`/api/housing/placements/${editing.id}`, {
            ...body,
            endedOn: form.endedOn || null,
            version: editing.version,
          })
        : await api.post<Placement>('/api/housing/placements', body);
      setForm(formOf(null));
      onSaved(saved, !editing);
    } catch (caught) {
      const read = readApiErrors(caught, order, t('common:errors.unexpected'));
      setErrors(read.fieldErrors);
      setFormError(read.formError);
    }
  };

  const summary = summaryItems(formError, errors, order, ids);
  return (
    <section className="admin-form" aria-labelledby="placement-form-title">
      <h3 id="placement-form-title">
        {editing
          ? t('housing:placement.editTitle', { ref: editing.householdRef })
          : t('housing:placement.addTitle')}
      </h3>
      <p>{t('housing:placement.intro', { single: policy.singleMonths, family: policy.familyMonths })}</p>
      <form noValidate onSubmit={(e) => void submit(e)}>
        {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
        <TextField
          id={ids.householdRef}
          label={t('ledger:fields.householdRef')}
          hint={t('ledger:form.refHint')}
          maxLength={40}
          autoComplete="off"
          value={form.householdRef}
          onChange={(e) => set('householdRef', e.target.value)}
          error={errors.householdRef}
        />
        <NumberField
          integer
          id={ids.householdSize}
          label={t('ledger:fields.householdSize')}
          value={form.householdSize}
          onChange={(e) => set('householdSize', e.target.value)}
          error={errors.householdSize}
        />
        <Select
          id={ids.unitId}
          optional
          label={t('housing:placement.unit')}
          placeholder={t('housing:placement.noUnit')}
          options={units.map((u) => ({ value: u.id, label: `${u.label} (${t(`housing:type.${u.type}`)})` }))}
          value={form.unitId}
          onChange={(e) => set('unitId', e.target.value)}
          error={errors.unitId}
        />
        <TextField
          id={ids.startOn}
          type="date"
          label={t('housing:placement.startOn')}
          value={form.startOn}
          onChange={(e) => set('startOn', e.target.value)}
          error={errors.startOn}
        />
        <NumberField
          integer
          optional
          id={ids.contractMonths}
          label={t('housing:placement.contractMonths')}
          hint={t('housing:placement.contractMonthsHint')}
          unit={t('housing:placement.monthsUnit')}
          value={form.contractMonths}
          onChange={(e) => set('contractMonths', e.target.value)}
          error={errors.contractMonths}
        />
        <TextField
          id={ids.endOn}
          type="date"
          optional
          label={t('housing:placement.endOn')}
          hint={t('housing:placement.endOnHint')}
          value={form.endOn}
          onChange={(e) => set('endOn', e.target.value)}
          error={errors.endOn}
        />
        {editing ? (
          <TextField
            id={ids.endedOn}
            type="date"
            optional
            label={t('housing:placement.endedOn')}
            hint={t('housing:placement.endedOnHint')}
            value={form.endedOn}
            onChange={(e) => set('endedOn', e.target.value)}
            error={errors.endedOn}
          />
        ) : null}
        <div className="row-actions">
          <Button type="submit">{editing ? t('ledger:form.save') : t('housing:placement.add')}</Button>
          {editing ? (
            <Button type="button" variant="secondary" onClick={onCancel}>
              {t('ledger:form.cancel')}
            </Button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
