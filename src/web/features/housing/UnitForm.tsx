import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NumberField } from '../../components/NumberField';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { parseLocaleNumber } from '../../i18n/format';
import { type FieldErrors, readApiErrors, summaryItems } from '../admin/form-errors';
import { todayInSweden } from '../ledger/ledger-types';
import { type HousingType, housingTypes, type Unit } from './housing-types';

type Field = 'label' | 'type' | 'rooms' | 'beds' | 'placesTotal' | 'placesOccupied' | 'changedOn';
const order: readonly Field[] = [
  'label',
  'type',
  'rooms',
  'beds',
  'placesTotal',
  'placesOccupied',
  'changedOn',
];
const ids: Record<Field, string> = {
  label: 'unit-label',
  type: 'unit-type',
  rooms: 'unit-rooms',
  beds: 'unit-beds',
  placesTotal: 'unit-total',
  placesOccupied: 'unit-occupied',
  changedOn: 'unit-changed-on',
};
const numeric = ['rooms', 'beds', 'placesTotal', 'placesOccupied'] as const;
type Form = Record<Field, string> & { accessible: boolean };

function formOf(u: Unit | null): Form {
  return {
    label: u?.label ?? '',
    type: u?.type ?? '',
    rooms: u ? String(u.rooms) : '',
    beds: u ? String(u.beds) : '',
    placesTotal: u ? String(u.placesTotal) : '',
    placesOccupied: u ? String(u.placesOccupied) : '0',
    changedOn: todayInSweden(),
    accessible: u?.accessible ?? false,
  };
}

/** Add a housing unit or change one; a change of its counts is dated (today by default). */
export function UnitForm({
  editing,
  onSaved,
  onCancel,
}: {
  editing: Unit | null;
  onSaved: (u: Unit, created: boolean) => void;
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
    if (!form.label.trim()) found.label = t('ledger:form.required');
    if (!form.type) found.type = t('ledger:form.required');
    const n: Partial<Record<(typeof numeric)[number], number>> = {};
    for (const key of numeric) {
      const v = parseLocaleNumber(form[key]);
      if (v === null || !Number.isInteger(v) || v < 0) found[key] = t('ledger:form.wholeNumber');
      else n[key] = v;
    }
    if (n.placesTotal !== undefined && n.placesOccupied !== undefined && n.placesOccupied > n.placesTotal) {
      found.placesOccupied = t('housing:unit.occupiedTooMany');
    }
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    const body = {
      label: form.label.trim(),
      type: form.type as HousingType,
      accessible: form.accessible,
      ...n,
      changedOn: form.changedOn || undefined,
    };
    try {
      const saved = editing
        ? await api.patch<Unit>(`/api/housing/units/${editing.id}`, { ...body, version: editing.version })
        : await api.post<Unit>('/api/housing/units', body);
      setForm(formOf(null));
      onSaved(saved, !editing);
    } catch (caught) {
      const read = readApiErrors(caught, order, t('common:errors.unexpected'));
      setErrors(read.fieldErrors);
      setFormError(read.formError);
    }
  };

  const summary = summaryItems(formError, errors, order, ids);
  const num = (key: (typeof numeric)[number]) => (
    <NumberField
      integer
      id={ids[key]}
      label={t(`housing:unit.${key}`)}
      value={form[key]}
      onChange={(e) => set(key, e.target.value)}
      error={errors[key]}
    />
  );
  return (
    <section className="admin-form" aria-labelledby="unit-form-title">
      <h3 id="unit-form-title">
        {editing ? t('housing:unit.editTitle', { label: editing.label }) : t('housing:unit.addTitle')}
      </h3>
      <form noValidate onSubmit={(e) => void submit(e)}>
        {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
        <TextField
          id={ids.label}
          label={t('housing:unit.label')}
          hint={t('housing:unit.labelHint')}
          maxLength={120}
          value={form.label}
          onChange={(e) => set('label', e.target.value)}
          error={errors.label}
        />
        <Select
          id={ids.type}
          label={t('housing:unit.type')}
          placeholder={t('ledger:form.choose')}
          options={housingTypes.map((x) => ({ value: x, label: t(`housing:type.${x}`) }))}
          value={form.type}
          onChange={(e) => set('type', e.target.value)}
          error={errors.type}
        />
        {num('rooms')}
        {num('beds')}
        <Checkbox
          label={t('housing:unit.accessible')}
          checked={form.accessible}
          onChange={(e) => setForm((f) => ({ ...f, accessible: e.target.checked }))}
        />
        {num('placesTotal')}
        {num('placesOccupied')}
        <TextField
          id={ids.changedOn}
          type="date"
          label={t('housing:unit.changedOn')}
          hint={t('housing:unit.changedOnHint')}
          value={form.changedOn}
          onChange={(e) => set('changedOn', e.target.value)}
          error={errors.changedOn}
        />
        <div className="row-actions">
          <Button type="submit">{editing ? t('ledger:form.save') : t('housing:unit.add')}</Button>
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
