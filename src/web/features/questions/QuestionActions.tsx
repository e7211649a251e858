import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Select } from '../../components/Select';
import { Textarea } from '../../components/Textarea';
import { TextField } from '../../components/TextField';
import { type FieldErrors, readApiErrors, summaryItems } from '../admin/form-errors';
import { parseTags, type QuestionDetail } from './question-types';

export interface ActionProps {
  detail: QuestionDetail;
  /** A successful change: the new state and what to announce. */
  onDone: (d: QuestionDetail, message: string) => void;
  /** Someone else saved first: reload and say so. */
  onConflict: () => void;
}

/** Posts a change; a 409 goes to onConflict, other errors come back for the form. */
function useSubmit<F extends string>(order: readonly F[], props: ActionProps) {
  const { t } = useTranslation('common');
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (send: () => Promise<QuestionDetail>, message: (d: QuestionDetail) => string) => {
    setBusy(true);
    setFormError(null);
    try {
      const d = await send();
      setErrors({});
      props.onDone(d, message(d));
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) {
        props.onConflict();
        return;
      }
      const read = readApiErrors(caught, order, t('errors.unexpected'));
      setErrors(read.fieldErrors);
      setFormError(read.formError);
    } finally {
      setBusy(false);
    }
  };
  return { errors, setErrors, formError, busy, run };
}

export function AssignForm(props: ActionProps) {
  const { t } = useTranslation('questions');
  const { question, assignees } = props.detail;
  const [assigneeId, setAssigneeId] = useState('');
  const { errors, setErrors, formError, busy, run } = useSubmit(['assigneeId'] as const, props);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!assigneeId) {
      setErrors({ assigneeId: t('assign.required') });
      return;
    }
    void run(
      () =>
        api.post<QuestionDetail>(`/api/questions/${question.id}/assign`, {
          assigneeId,
          version: question.version,
        }),
      (d) => t('assign.done', { name: d.question.assigneeName ?? '' }),
    );
  };
  const summary = summaryItems(formError, errors, ['assigneeId'] as const, { assigneeId: 'assign-person' });
  return (
    <section className="admin-form narrow" aria-labelledby="assign-title">
      <h2 id="assign-title">{t('assign.title')}</h2>
      <form noValidate onSubmit={submit}>
        {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
        <Select
          id="assign-person"
          label={t('assign.person')}
          placeholder={t('assign.choose')}
          options={assignees.map((a) => ({ value: a.id, label: a.name }))}
          value={assigneeId}
          onChange={(e) => setAssigneeId(e.target.value)}
          error={errors.assigneeId}
        />
        <Button type="submit" disabled={busy}>
          {t('assign.submit')}
        </Button>
      </form>
    </section>
  );
}

export function AnswerForm(props: ActionProps) {
  const { t } = useTranslation('questions');
  const { question } = props.detail;
  const [answer, setAnswer] = useState('');
  const [tags, setTags] = useState('');
  const order = ['answer', 'tags'] as const;
  const { errors, setErrors, formError, busy, run } = useSubmit(order, props);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!answer.trim()) {
      setErrors({ answer: t('answer.required') });
      return;
    }
    void run(
      () =>
        api.post<QuestionDetail>(`/api/questions/${question.id}/answer`, {
          answer,
          tags: parseTags(tags),
          version: question.version,
        }),
      () => t('answer.done'),
    );
  };
  const summary = summaryItems(formError, errors, order, { answer: 'answer-text', tags: 'answer-tags' });
  return (
    <section className="admin-form" aria-labelledby="answer-title">
      <h2 id="answer-title">{t('answer.title')}</h2>
      <form noValidate onSubmit={submit}>
        {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
        <Textarea
          id="answer-text"
          label={t('answer.text')}
          hint={t('answer.hint')}
          maxLength={10000}
          value={answer}
          onChange={(e) => setAnswer(e.target.value)}
          error={errors.answer}
        />
        <TextField
          id="answer-tags"
          label={t('answer.tags')}
          hint={t('answer.tagsHint')}
          optional
          value={tags}
          onChange={(e) => setTags(e.target.value)}
          error={errors.tags}
        />
        <Button type="submit" disabled={busy}>
          {t('answer.submit')}
        </Button>
      </form>
    </section>
  );
}

export function TagsForm(props: ActionProps) {
  const { t } = useTranslation('questions');
  const { question } = props.detail;
  const [tags, setTags] = useState(question.tags.join(', '));
  const { errors, formError, busy, run } = useSubmit(['tags'] as const, props);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(
      () =>
        api.put<QuestionDetail>(`/api/questions/${question.id}/tags`, {
          tags: parseTags(tags),
          version: question.version,
        }),
      () => t('tags.done'),
    );
  };
  const summary = summaryItems(formError, errors, ['tags'] as const, { tags: 'edit-tags' });
  return (
    <section className="admin-form narrow" aria-labelledby="tags-title">
      <h2 id="tags-title">{t('tags.title')}</h2>
      <form noValidate onSubmit={submit}>
        {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
        <TextField
          id="edit-tags"
          label={t('answer.tags')}
          hint={t('answer.tagsHint')}
          value={tags}
          onChange={(e) => setTags(e.target.value)}
          error={errors.tags}
        />
        <Button type="submit" disabled={busy}>
          {t('tags.submit')}
        </Button>
      </form>
    </section>
  );
}
