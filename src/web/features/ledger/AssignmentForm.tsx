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
import { type Assignment, type TargetGroup, targetGroups } from './ledger-types';

type Field =
  | 'householdRef'
  | 'householdSize'
  | 'adults'
  | 'children'
  | 'targetGroup'
  | 'assignedOn'
  | 'plannedReceptionOn';
const order: readonly Field[] = [
  'householdRef',
  'householdSize',
  'adults',
  'children',
  'targetGroup',
  'assignedOn',
  'plannedReceptionOn',
];
const ids: Record<Field, string> = {
  householdRef: 'assignment-ref',
  householdSize: 'assignment-size',
  adults: 'assignment-adults',
  children: 'assignment-children',
  targetGroup: 'assignment-group',
  assignedOn: 'assignment-date',
  plannedReceptionOn: 'assignment-planned',
};

type Form = Record<Field, string>;
const empty: Form = {
  householdRef: '',
  householdSize: '',
  adults: '',
  children: '',
  targetGroup: '',
  assignedOn: '',
  plannedReceptionOn: '',
};

function formOf(a: Assignment): Form {
  return {
    householdRef: a.householdRef,
    householdSize: String(a.householdSize),
    adults: String(a.adults),
    children: String(a.children),
    targetGroup: a.targetGroup,
    assignedOn: a.assignedOn,
    plannedReceptionOn: a.plannedReceptionOn ?? '',
  };
}

/** Add an anvisning, or edit one (`editing`); the server checks it again and has the last word. */
export function AssignmentForm({
  editing,
  onSaved,
  onCancel,
}: {
  editing: Assignment | null;
  onSaved: (a: Assignment, created: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['ledger', 'common']);
  const [form, setForm] = useState<Form>(empty);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setForm(editing ? formOf(editing) : empty);
    setErrors({});
    setFormError(null);
  }, [editing]);

  const set = (key: Field, value: string) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors<Field> = {};
    if (!form.householdRef.trim()) found.householdRef = t('ledger:form.required');
    const numbers: Partial<Record<'householdSize' | 'adults' | 'children', number>> = {};
    for (const key of ['householdSize', 'adults', 'children'] as const) {
      const n = parseLocaleNumber(form[key]);
      if (n === null || !Number.isInteger(n) || n < 0) found[key] = t('ledger:form.wholeNumber');
      else numbers[key] = n;
    }
    if (
      numbers.householdSize !== undefined &&
      numbers.adults !== undefined &&
      numbers.children !== undefined &&
      numbers.adults + numbers.children !== numbers.householdSize
    ) {
      found.householdSize = t('ledger:form.sizeMismatch');
    }
    if (!form.targetGroup) found.targetGroup = t('ledger:form.required');
    if (!form.assignedOn) found.assignedOn = t('ledger:form.required');
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    const body = {
      householdRef: form.householdRef.trim(),
      ...numbers,
      targetGroup: form.targetGroup as TargetGroup,
      assignedOn: form.assignedOn,
      plannedReceptionOn: form.plannedReceptionOn || null,
    };
    setBusy(true);
    try {
      const saved = editing
        ? await api.patch<Assignment>(`/api/ledger/assignments/${editing.id}`, {
            ...body,
            version: editing.version,
          })
        : await api.post<Assignment>('/api/ledger/assignments', body);
      setForm(empty);
      onSaved(saved, !editing);
    } catch (caught) {
      const read = readApiErrors(caught, order, t('common:errors.unexpected'));
      setErrors(read.fieldErrors);
      setFormError(read.formError);
    } finally {
      setBusy(false);
    }
  };

  const summary = summaryItems(formError, errors, order, ids);
  const title = editing
    ? t('ledger:form.editTitle', { ref: editing.householdRef })
    : t('ledger:form.addTitle');
  return (
    <section className="admin-form" aria-labelledby="assignment-form-title">
      <h2 id="assignment-form-title">{title}</h2>
      <p>{t('ledger:form.intro')}</p>
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
        <NumberField
          integer
          id={ids.adults}
          label={t('ledger:fields.adults')}
          value={form.adults}
          onChange={(e) => set('adults', e.target.value)}
          error={errors.adults}
        />
        <NumberField
          integer
          id={ids.children}
          label={t('ledger:fields.children')}
          value={form.children}
          onChange={(e) => set('children', e.target.value)}
          error={errors.children}
        />
        <Select
          id={ids.targetGroup}
          label={t('ledger:fields.targetGroup')}
          placeholder={t('ledger:form.choose')}
          options={targetGroups.map((g) => ({ value: g, label: t(`ledger:targetGroup.${g}`) }))}
          value={form.targetGroup}
          onChange={(e) => set('targetGroup', e.target.value)}
          error={errors.targetGroup}
        />
        <TextField
          id={ids.assignedOn}
          type="date"
          label={t('ledger:fields.assignedOn')}
          value={form.assignedOn}
          onChange={(e) => set('assignedOn', e.target.value)}
          error={errors.assignedOn}
        />
        <TextField
          id={ids.plannedReceptionOn}
          type="date"
          optional
          label={t('ledger:fields.plannedReceptionOn')}
          value={form.plannedReceptionOn}
          onChange={(e) => set('plannedReceptionOn', e.target.value)}
          error={errors.plannedReceptionOn}
        />
        <div className="row-actions">
          <Button type="submit" disabled={busy}>
            {editing ? t('ledger:form.save') : t('ledger:form.add')}
          </Button>
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
