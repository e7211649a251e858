import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { type FieldErrors, readApiErrors, summaryItems } from '../admin/form-errors';
import { isoToStockholmInput, stockholmInputToIso } from '../rounds/stockholm-time';
import type { MeetingKind, MeetingSummary } from './meeting-types';

type Field = 'networkId' | 'title' | 'kind' | 'startsAt' | 'endsAt' | 'place' | 'videoUrl';
const order: readonly Field[] = ['networkId', 'title', 'kind', 'startsAt', 'endsAt', 'place', 'videoUrl'];
const ids: Record<Field, string> = {
  networkId: 'meeting-network',
  title: 'meeting-title',
  kind: 'meeting-kind',
  startsAt: 'meeting-starts',
  endsAt: 'meeting-ends',
  place: 'meeting-place',
  videoUrl: 'meeting-video',
};

export interface MeetingFormValues {
  networkId: string;
  title: string;
  kind: MeetingKind;
  startsAt: string;
  endsAt: string;
  place: string;
  videoUrl: string;
}

export function formValuesOf(m: MeetingSummary): MeetingFormValues {
  return {
    networkId: m.networkId,
    title: m.title,
    kind: m.kind,
    startsAt: isoToStockholmInput(m.startsAt),
    endsAt: isoToStockholmInput(m.endsAt),
    place: m.place,
    videoUrl: m.videoUrl,
  };
}

/** Create or edit a meeting; times are Swedish wall-clock time whatever the browser's zone. */
export function MeetingForm({
  initial,
  networks,
  submitLabel,
  onSubmit,
}: {
  initial: MeetingFormValues;
  /** Networks to choose from when creating; omitted when editing. */
  networks?: { id: string; name: string }[];
  submitLabel: string;
  onSubmit: (values: Omit<MeetingFormValues, 'networkId'> & { networkId: string }) => Promise<void>;
}) {
  const { t } = useTranslation(['meetings', 'common']);
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: Field, value: string) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors<Field> = {};
    if (networks && !form.networkId) found.networkId = t('meetings:form.networkRequired');
    if (!form.title.trim()) found.title = t('meetings:form.titleRequired');
    const startsAt = stockholmInputToIso(form.startsAt);
    const endsAt = stockholmInputToIso(form.endsAt);
    if (!startsAt) found.startsAt = t('meetings:form.invalidTime');
    if (!endsAt) found.endsAt = t('meetings:form.invalidTime');
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0 || !startsAt || !endsAt) return;
    setBusy(true);
    try {
      await onSubmit({ ...form, startsAt, endsAt });
    } catch (caught) {
      const read = readApiErrors(caught, order, t('common:errors.unexpected'));
      setErrors(read.fieldErrors);
      setFormError(read.formError);
    } finally {
      setBusy(false);
    }
  };

  const summary = summaryItems(formError, errors, order, ids);
  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="narrow">
      {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
      {networks ? (
        <Select
          id={ids.networkId}
          label={t('meetings:form.network')}
          placeholder={t('meetings:form.choose')}
          options={networks.map((n) => ({ value: n.id, label: n.name }))}
          value={form.networkId}
          onChange={(e) => set('networkId', e.target.value)}
          error={errors.networkId}
        />
      ) : null}
      <TextField
        id={ids.title}
        label={t('meetings:form.title')}
        maxLength={200}
        value={form.title}
        onChange={(e) => set('title', e.target.value)}
        error={errors.title}
      />
      <Select
        id={ids.kind}
        label={t('meetings:form.kind')}
        options={(['meeting', 'webinar', 'lunch_meeting'] as const).map((k) => ({
          value: k,
          label: t(`meetings:kind.${k}`),
        }))}
        value={form.kind}
        onChange={(e) => set('kind', e.target.value)}
        error={errors.kind}
      />
      <TextField
        id={ids.startsAt}
        type="datetime-local"
        label={t('meetings:form.startsAt')}
        hint={t('meetings:form.swedishTime')}
        value={form.startsAt}
        onChange={(e) => set('startsAt', e.target.value)}
        error={errors.startsAt}
      />
      <TextField
        id={ids.endsAt}
        type="datetime-local"
        label={t('meetings:form.endsAt')}
        hint={t('meetings:form.swedishTime')}
        value={form.endsAt}
        onChange={(e) => set('endsAt', e.target.value)}
        error={errors.endsAt}
      />
      <TextField
        id={ids.place}
        label={t('meetings:form.place')}
        hint={t('meetings:form.placeHint')}
        maxLength={300}
        value={form.place}
        onChange={(e) => set('place', e.target.value)}
        error={errors.place}
      />
      <TextField
        id={ids.videoUrl}
        type="url"
        label={t('meetings:form.videoUrl')}
        hint={t('meetings:form.videoHint')}
        maxLength={500}
        value={form.videoUrl}
        onChange={(e) => set('videoUrl', e.target.value)}
        error={errors.videoUrl}
      />
      <Button type="submit" disabled={busy}>
        {submitLabel}
      </Button>
    </form>
  );
}
