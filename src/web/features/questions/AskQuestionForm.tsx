import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Select } from '../../components/Select';
import { Textarea } from '../../components/Textarea';
import { TextField } from '../../components/TextField';
import { type FieldErrors, readApiErrors, summaryItems } from '../admin/form-errors';
import type { Addressee, QuestionDetail } from './question-types';
import { SimilarQuestions } from './SimilarQuestions';
import { useSimilarQuestions } from './use-similar-questions';

type Field = 'addressedOrgId' | 'title' | 'body';
const order: readonly Field[] = ['addressedOrgId', 'title', 'body'];
const ids: Record<Field, string> = { addressedOrgId: 'ask-to', title: 'ask-title', body: 'ask-body' };
const empty = { addressedOrgId: '', title: '', body: '' };

export function AskQuestionForm({
  networkId,
  onAsked,
}: {
  networkId: string;
  onAsked: (d: QuestionDetail) => void;
}) {
  const { t } = useTranslation(['questions', 'common']);
  const addressees = useApi<{ addressees: Addressee[] }>(
    `/api/networks/${encodeURIComponent(networkId)}/questions/addressees`,
  );
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const similar = useSimilarQuestions(networkId, `${form.title} ${form.body}`);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors<Field> = {};
    if (!form.addressedOrgId) found.addressedOrgId = t('questions:ask.toRequired');
    if (form.title.trim().length < 3) found.title = t('questions:ask.subjectRequired');
    if (!form.body.trim()) found.body = t('questions:ask.bodyRequired');
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const created = await api.post<QuestionDetail>(`/api/networks/${networkId}/questions`, form);
      setForm(empty);
      onAsked(created);
    } catch (caught) {
      const read = readApiErrors(caught, order, t('common:errors.unexpected'));
      setErrors(read.fieldErrors);
      setFormError(read.formError);
    } finally {
      setBusy(false);
    }
  };

  const options = (addressees.data?.addressees ?? []).map((a) => ({
    value: a.orgId,
    label: a.toCoordinator ? t('questions:toCoordinator', { name: a.name }) : a.name,
  }));
  const set = (key: Field, value: string) => setForm((f) => ({ ...f, [key]: value }));
  const summary = summaryItems(formError, errors, order, ids);
  return (
    <section className="admin-form" aria-labelledby="ask-question-title">
      <h2 id="ask-question-title">{t('questions:ask.title')}</h2>
      <form noValidate onSubmit={(e) => void submit(e)}>
        {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
        <Select
          id={ids.addressedOrgId}
          label={t('questions:ask.to')}
          placeholder={t('questions:ask.choose')}
          options={options}
          value={form.addressedOrgId}
          onChange={(e) => set('addressedOrgId', e.target.value)}
          error={errors.addressedOrgId}
        />
        <TextField
          id={ids.title}
          label={t('questions:ask.subject')}
          hint={t('questions:ask.subjectHint')}
          maxLength={200}
          autoComplete="off"
          value={form.title}
          onChange={(e) => set('title', e.target.value)}
          error={errors.title}
        />
        <Textarea
          id={ids.body}
          label={t('questions:ask.body')}
          hint={t('questions:ask.bodyHint')}
          maxLength={5000}
          value={form.body}
          onChange={(e) => set('body', e.target.value)}
          error={errors.body}
        />
        <SimilarQuestions found={similar} />
        <Button type="submit" disabled={busy}>
          {t('questions:ask.submit')}
        </Button>
      </form>
    </section>
  );
}
