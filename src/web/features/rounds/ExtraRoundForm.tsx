import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { type FieldErrors, readApiErrors, summaryItems } from '../admin/form-errors';
import type { TemplateSummary } from '../templates/template-types';
import type { RoundDetail } from './round-types';
import { stockholmInputToIso } from './stockholm-time';

type Field = 'templateId' | 'title' | 'opensAt' | 'deadlineAt';
const order: readonly Field[] = ['templateId', 'title', 'opensAt', 'deadlineAt'];
const ids: Record<Field, string> = {
  templateId: 'extra-template',
  title: 'extra-title',
  opensAt: 'extra-opens',
  deadlineAt: 'extra-deadline',
};
const empty = { templateId: '', title: '', opensAt: '', deadlineAt: '' };

/** An extra round at short notice (e.g. after an incident), on a template of the network. */
export function ExtraRoundForm({
  networkId,
  onCreated,
}: {
  networkId: string;
  onCreated: (d: RoundDetail) => void;
}) {
  const { t } = useTranslation(['rounds', 'common']);
  const templates = useApi<{ templates: TemplateSummary[] }>(
    `/api/networks/${encodeURIComponent(networkId)}/templates`,
  );
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors<Field> = {};
    if (!form.templateId) found.templateId = t('rounds:form.templateRequired');
    if (!form.title.trim()) found.title = t('rounds:form.titleRequired');
    const opensAt = stockholmInputToIso(form.opensAt);
    const deadlineAt = stockholmInputToIso(form.deadlineAt);
    if (!opensAt) found.opensAt = t('rounds:form.invalidTime');
    if (!deadlineAt) found.deadlineAt = t('rounds:form.invalidTime');
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    try {
      const created = await api.post<RoundDetail>(`/api/networks/${networkId}/rounds`, {
        ...form,
        opensAt,
        deadlineAt,
      });
      setForm(empty);
      onCreated(created);
    } catch (caught) {
      const read = readApiErrors(caught, order, t('common:errors.unexpected'));
      setErrors(read.fieldErrors);
      setFormError(read.formError);
    }
  };

  const options = (templates.data?.templates ?? [])
    .filter((x) => x.isActive)
    .map((x) => ({ value: x.id, label: x.name }));
  const set = (key: Field, value: string) => setForm((f) => ({ ...f, [key]: value }));
  const summary = summaryItems(formError, errors, order, ids);
  return (
    <section className="admin-form narrow" aria-labelledby="extra-round-title">
      <h2 id="extra-round-title">{t('rounds:form.title')}</h2>
      <p>{t('rounds:form.intro')}</p>
      <form noValidate onSubmit={(e) => void submit(e)}>
        {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
        <Select
          id={ids.templateId}
          label={t('rounds:form.template')}
          placeholder={t('rounds:form.choose')}
          options={options}
          value={form.templateId}
          onChange={(e) => set('templateId', e.target.value)}
          error={errors.templateId}
        />
        <TextField
          id={ids.title}
          label={t('rounds:form.name')}
          hint={t('rounds:form.nameHint')}
          maxLength={200}
          value={form.title}
          onChange={(e) => set('title', e.target.value)}
          error={errors.title}
        />
        <TextField
          id={ids.opensAt}
          type="datetime-local"
          label={t('rounds:form.opensAt')}
          hint={t('rounds:form.swedishTime')}
          value={form.opensAt}
          onChange={(e) => set('opensAt', e.target.value)}
          error={errors.opensAt}
        />
        <TextField
          id={ids.deadlineAt}
          type="datetime-local"
          label={t('rounds:form.deadlineAt')}
          hint={t('rounds:form.swedishTime')}
          value={form.deadlineAt}
          onChange={(e) => set('deadlineAt', e.target.value)}
          error={errors.deadlineAt}
        />
        <Button type="submit">{t('rounds:form.create')}</Button>
      </form>
    </section>
  );
}
