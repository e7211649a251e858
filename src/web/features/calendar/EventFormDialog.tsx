import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { Dialog } from '../../components/Dialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Select } from '../../components/Select';
import { Textarea } from '../../components/Textarea';
import { TextField } from '../../components/TextField';
import { type FieldErrors, readApiErrors, summaryItems } from '../admin/form-errors';
import { isoToStockholmInput, stockholmInputToIso } from '../rounds/stockholm-time';
import { type CalendarNetwork, type EventKind, eventKinds, type NetworkEvent } from './calendar-types';

type Field =
  | 'networkId'
  | 'kind'
  | 'title'
  | 'startsAt'
  | 'endsAt'
  | 'startDate'
  | 'endDate'
  | 'location'
  | 'url'
  | 'description';
const order: readonly Field[] = [
  'networkId',
  'kind',
  'title',
  'startsAt',
  'endsAt',
  'startDate',
  'endDate',
  'location',
  'url',
  'description',
];
const ids: Record<Field, string> = {
  networkId: 'event-network',
  kind: 'event-kind',
  title: 'event-title',
  startsAt: 'event-starts',
  endsAt: 'event-ends',
  startDate: 'event-start-date',
  endDate: 'event-end-date',
  location: 'event-location',
  url: 'event-url',
  description: 'event-description',
};

interface FormState {
  networkId: string;
  kind: EventKind | '';
  title: string;
  allDay: boolean;
  startsAt: string;
  endsAt: string;
  startDate: string;
  endDate: string;
  location: string;
  url: string;
  description: string;
}

function initial(event: NetworkEvent | null, networkId: string, day: string): FormState {
  if (!event) {
    return {
      networkId,
      kind: '',
      title: '',
      allDay: false,
      startsAt: day ? `${day}T12:00` : '',
      endsAt: day ? `${day}T13:00` : '',
      startDate: day,
      endDate: '',
      location: '',
      url: '',
      description: '',
    };
  }
  return {
    networkId: event.networkId,
    kind: event.kind,
    title: event.title,
    allDay: event.allDay,
    startsAt: event.allDay ? '' : isoToStockholmInput(event.startsAt),
    endsAt: !event.allDay && event.endsAt ? isoToStockholmInput(event.endsAt) : '',
    startDate: event.startDate ?? '',
    endDate: event.endDate ?? '',
    location: event.location,
    url: event.url,
    description: event.description,
  };
}

/** Creates a network event, or edits one (`event` given) with the version it was read at. */
export function EventFormDialog({
  open,
  event,
  networks,
  defaultNetworkId,
  day,
  onClose,
  onSaved,
}: {
  open: boolean;
  event: NetworkEvent | null;
  networks: readonly CalendarNetwork[];
  defaultNetworkId: string;
  day: string;
  onClose: () => void;
  onSaved: (event: NetworkEvent, created: boolean) => void;
}) {
  const { t } = useTranslation(['calendar', 'common']);
  const [form, setForm] = useState<FormState>(() => initial(event, defaultNetworkId, day));
  const [version, setVersion] = useState(event?.version ?? 0);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setForm(initial(event, defaultNetworkId, day));
    setVersion(event?.version ?? 0);
    setErrors({});
    setFormError(null);
  }, [open, event, defaultNetworkId, day]);

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  const check = (): FieldErrors<Field> => {
    const found: FieldErrors<Field> = {};
    const required = (field: Field, label: string) => {
      found[field] = t('calendar:form.required', { field: label.toLowerCase() });
    };
    if (!event && !form.networkId) required('networkId', t('calendar:form.network'));
    if (!form.kind) required('kind', t('calendar:form.kind'));
    if (!form.title.trim()) required('title', t('calendar:form.titleLabel'));
    if (form.allDay) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(form.startDate)) found.startDate = t('calendar:form.invalidDate');
      if (form.endDate && !/^\d{4}-\d{2}-\d{2}$/.test(form.endDate))
        found.endDate = t('calendar:form.invalidDate');
    } else {
      if (!stockholmInputToIso(form.startsAt)) found.startsAt = t('calendar:form.invalidTime');
      if (form.endsAt && !stockholmInputToIso(form.endsAt)) found.endsAt = t('calendar:form.invalidTime');
    }
    return found;
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const found = check();
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    const body = {
      kind: form.kind,
      title: form.title,
      allDay: form.allDay,
      ...(form.allDay
        ? { startDate: form.startDate, endDate: form.endDate || null }
        : { startsAt: stockholmInputToIso(form.startsAt), endsAt: stockholmInputToIso(form.endsAt) }),
      location: form.location,
      url: form.url,
      description: form.description,
    };
    setBusy(true);
    try {
      const saved = event
        ? await api.put<NetworkEvent>(`/api/calendar/events/${event.id}`, { ...body, version })
        : await api.post<NetworkEvent>(`/api/networks/${form.networkId}/calendar/events`, body);
      onSaved(saved, !event);
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'version_conflict') {
        const current = caught.details.current as NetworkEvent | undefined;
        if (current) {
          setForm(initial(current, current.networkId, day));
          setVersion(current.version);
        }
        setFormError(t('calendar:form.conflict'));
      } else {
        const read = readApiErrors(caught, order, t('common:errors.unexpected'));
        setErrors(read.fieldErrors);
        setFormError(read.formError);
      }
    } finally {
      setBusy(false);
    }
  };

  const summary = summaryItems(formError, errors, order, ids);
  const managed = networks.filter((n) => n.canManage).map((n) => ({ value: n.id, label: n.name }));
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={event ? t('calendar:form.editTitle', { title: event.title }) : t('calendar:form.createTitle')}
    >
      <form noValidate onSubmit={(e) => void submit(e)} className="event-form">
        {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
        {event ? null : (
          <Select
            id={ids.networkId}
            label={t('calendar:form.network')}
            placeholder={t('calendar:form.choose')}
            options={managed}
            value={form.networkId}
            onChange={(e) => set('networkId', e.target.value)}
            error={errors.networkId}
          />
        )}
        <Select
          id={ids.kind}
          label={t('calendar:form.kind')}
          placeholder={t('calendar:form.choose')}
          options={eventKinds.map((k) => ({ value: k, label: t(`calendar:kind.${k}`) }))}
          value={form.kind}
          onChange={(e) => set('kind', e.target.value as EventKind)}
          error={errors.kind}
        />
        <TextField
          id={ids.title}
          label={t('calendar:form.titleLabel')}
          maxLength={200}
          value={form.title}
          onChange={(e) => set('title', e.target.value)}
          error={errors.title}
        />
        <Checkbox
          id="event-all-day"
          label={t('calendar:form.allDay')}
          checked={form.allDay}
          onChange={(e) => set('allDay', e.target.checked)}
        />
        {form.allDay ? (
          <>
            <TextField
              id={ids.startDate}
              type="date"
              label={t('calendar:form.startDate')}
              value={form.startDate}
              onChange={(e) => set('startDate', e.target.value)}
              error={errors.startDate}
            />
            <TextField
              id={ids.endDate}
              type="date"
              label={t('calendar:form.endDate')}
              hint={t('calendar:form.endHint')}
              value={form.endDate}
              onChange={(e) => set('endDate', e.target.value)}
              error={errors.endDate}
            />
          </>
        ) : (
          <>
            <TextField
              id={ids.startsAt}
              type="datetime-local"
              label={t('calendar:form.startsAt')}
              hint={t('calendar:form.swedishTime')}
              value={form.startsAt}
              onChange={(e) => set('startsAt', e.target.value)}
              error={errors.startsAt}
            />
            <TextField
              id={ids.endsAt}
              type="datetime-local"
              label={t('calendar:form.endsAt')}
              hint={`${t('calendar:form.swedishTime')} ${t('calendar:form.endHint')}`}
              value={form.endsAt}
              onChange={(e) => set('endsAt', e.target.value)}
              error={errors.endsAt}
            />
          </>
        )}
        <TextField
          id={ids.location}
          label={t('calendar:form.location')}
          maxLength={300}
          value={form.location}
          onChange={(e) => set('location', e.target.value)}
          error={errors.location}
        />
        <TextField
          id={ids.url}
          type="url"
          label={t('calendar:form.url')}
          hint={t('calendar:form.urlHint')}
          maxLength={500}
          value={form.url}
          onChange={(e) => set('url', e.target.value)}
          error={errors.url}
        />
        <Textarea
          id={ids.description}
          label={t('calendar:form.description')}
          maxLength={5000}
          rows={4}
          value={form.description}
          onChange={(e) => set('description', e.target.value)}
          error={errors.description}
        />
        <div className="button-group">
          <Button type="submit" disabled={busy}>
            {event ? t('calendar:form.save') : t('calendar:form.create')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
