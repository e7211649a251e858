import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Button } from '../../components/Button';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroup } from '../../components/RadioGroup';
import { Select } from '../../components/Select';
import { Textarea } from '../../components/Textarea';
import { TextField } from '../../components/TextField';
import { type FieldErrors, readApiErrors, summaryItems } from '../admin/form-errors';
import { contactFunctions } from '../directory/contact-functions';
import { type BulletinDetail, type Urgency, urgencies } from './bulletin-types';

type Field = 'networkId' | 'title' | 'body' | 'urgency' | 'functions';
const order: readonly Field[] = ['networkId', 'title', 'body', 'urgency', 'functions'];
const ids: Record<Field, string> = {
  networkId: 'send-network',
  title: 'send-title',
  body: 'send-body',
  urgency: 'send-urgency',
  functions: 'send-functions',
};

interface Form {
  networkId: string;
  title: string;
  body: string;
  urgency: Urgency | '';
  audience: 'all' | 'functions';
  functions: string[];
}

/** Coordinators and agency liaisons send to everyone in a network or to contact functions. */
export function SendBulletinForm({
  networks,
  onSent,
}: {
  networks: { id: string; name: string }[];
  onSent: (d: BulletinDetail) => void;
}) {
  const { t } = useTranslation(['bulletins', 'registry', 'common']);
  const empty: Form = {
    networkId: networks.length === 1 ? (networks[0]?.id ?? '') : '',
    title: '',
    body: '',
    urgency: '',
    audience: 'all',
    functions: [],
  };
  const [form, setForm] = useState<Form>(empty);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors<Field> = {};
    if (!form.networkId) found.networkId = t('bulletins:send.networkRequired');
    if (form.title.trim().length < 3) found.title = t('bulletins:send.subjectRequired');
    if (!form.body.trim()) found.body = t('bulletins:send.bodyRequired');
    if (!form.urgency) found.urgency = t('bulletins:send.urgencyRequired');
    if (form.audience === 'functions' && form.functions.length === 0)
      found.functions = t('bulletins:send.functionsRequired');
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const { networkId, ...body } = form;
      const sent = await api.post<BulletinDetail>(`/api/networks/${networkId}/bulletins`, {
        ...body,
        functions: form.audience === 'functions' ? form.functions : [],
      });
      setForm(empty);
      onSent(sent);
    } catch (caught) {
      const read = readApiErrors(caught, order, t('common:errors.unexpected'));
      setErrors(read.fieldErrors);
      setFormError(read.formError);
    } finally {
      setBusy(false);
    }
  };

  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const summary = summaryItems(formError, errors, order, ids);
  return (
    <section className="admin-form" aria-labelledby="send-bulletin-title">
      <h2 id="send-bulletin-title">{t('bulletins:send.title')}</h2>
      <form noValidate onSubmit={(e) => void submit(e)}>
        {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
        <Select
          id={ids.networkId}
          label={t('bulletins:send.network')}
          placeholder={t('bulletins:send.choose')}
          options={networks.map((n) => ({ value: n.id, label: n.name }))}
          value={form.networkId}
          onChange={(e) => set('networkId', e.target.value)}
          error={errors.networkId}
        />
        <TextField
          id={ids.title}
          label={t('bulletins:send.subject')}
          maxLength={200}
          value={form.title}
          onChange={(e) => set('title', e.target.value)}
          error={errors.title}
        />
        <Textarea
          id={ids.body}
          label={t('bulletins:send.body')}
          maxLength={10000}
          value={form.body}
          onChange={(e) => set('body', e.target.value)}
          error={errors.body}
        />
        <RadioGroup
          id={ids.urgency}
          legend={t('bulletins:send.urgency')}
          options={urgencies.map((u) => ({
            value: u,
            label: t(`bulletins:urgency.${u}`),
            hint: t(`bulletins:urgencyHint.${u}`),
          }))}
          value={form.urgency || null}
          onChange={(v) => set('urgency', v as Urgency)}
          error={errors.urgency}
        />
        <RadioGroup
          id="send-audience"
          legend={t('bulletins:send.audience')}
          inline
          options={(['all', 'functions'] as const).map((a) => ({
            value: a,
            label: t(`bulletins:audience.${a}`),
          }))}
          value={form.audience}
          onChange={(v) => set('audience', v === 'functions' ? 'functions' : 'all')}
        />
        {form.audience === 'functions' ? (
          <CheckboxGroup
            id={ids.functions}
            legend={t('bulletins:send.functions')}
            hint={t('bulletins:send.functionsHint')}
            options={contactFunctions.map((f) => ({ value: f, label: t(`registry:functions.${f}`) }))}
            values={form.functions}
            onChange={(v) => set('functions', v)}
            error={errors.functions}
          />
        ) : null}
        <Button type="submit" disabled={busy}>
          {t('bulletins:send.submit')}
        </Button>
      </form>
    </section>
  );
}
