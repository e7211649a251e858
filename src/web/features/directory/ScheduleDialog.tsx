import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { type FieldErrors, readApiErrors, summaryItems } from '../admin/form-errors';
import { type NetworkDetail, type NetworkSummary, weekdays } from './network-types';

type Field = 'opensWeekday' | 'opensTime' | 'deadlineWeekday' | 'deadlineTime' | 'reminderHours';
const order: readonly Field[] = [
  'opensWeekday',
  'opensTime',
  'deadlineWeekday',
  'deadlineTime',
  'reminderHours',
];
const ids: Record<Field, string> = {
  opensWeekday: 'schedule-opens-day',
  opensTime: 'schedule-opens-time',
  deadlineWeekday: 'schedule-deadline-day',
  deadlineTime: 'schedule-deadline-time',
  reminderHours: 'schedule-reminder',
};
const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

interface Draft {
  opensWeekday: string;
  opensTime: string;
  deadlineWeekday: string;
  deadlineTime: string;
  reminderHours: string;
}

function draftOf(n: NetworkSummary): Draft {
  return {
    opensWeekday: String(n.opensWeekday),
    opensTime: n.opensTime,
    deadlineWeekday: String(n.deadlineWeekday),
    deadlineTime: n.deadlineTime,
    reminderHours: String(n.reminderHours),
  };
}

interface ScheduleDialogProps {
  network: NetworkSummary | null;
  onClose: () => void;
  onSaved: (network: NetworkDetail) => void;
}

/** The weekly round's opening, deadline and reminder, in Swedish time. */
export function ScheduleDialog({ network, onClose, onSaved }: ScheduleDialogProps) {
  const { t } = useTranslation(['directory', 'registry', 'common']);
  const [draft, setDraft] = useState<Draft | null>(network ? draftOf(network) : null);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const busy = useRef(false);

  useEffect(() => {
    setDraft(network ? draftOf(network) : null);
    setErrors({});
    setFormError(null);
  }, [network]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!network || !draft || busy.current) return;
    const found: FieldErrors<Field> = {};
    if (!timePattern.test(draft.opensTime)) found.opensTime = t('directory:schedule.timeInvalid');
    if (!timePattern.test(draft.deadlineTime)) found.deadlineTime = t('directory:schedule.timeInvalid');
    const hours = Number(draft.reminderHours);
    if (!/^\d+$/.test(draft.reminderHours.trim()) || hours > 168)
      found.reminderHours = t('directory:schedule.reminderInvalid');
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    busy.current = true;
    setSaving(true);
    try {
      const saved = await api.patch<NetworkDetail>(`/api/networks/${network.id}`, {
        opensWeekday: Number(draft.opensWeekday),
        opensTime: draft.opensTime,
        deadlineWeekday: Number(draft.deadlineWeekday),
        deadlineTime: draft.deadlineTime,
        reminderHours: hours,
      });
      onSaved(saved);
    } catch (caught) {
      const read = readApiErrors(caught, order, t('common:errors.unexpected'));
      setErrors(read.fieldErrors);
      setFormError(read.formError);
    } finally {
      busy.current = false;
      setSaving(false);
    }
  };

  const dayOptions = weekdays.map((d) => ({ value: String(d), label: t(`registry:weekdays.${d}`) }));
  const set = (key: keyof Draft, value: string) => setDraft((d) => (d ? { ...d, [key]: value } : d));
  const summary = summaryItems(formError, errors, order, ids);
  return (
    <Dialog
      open={network !== null}
      onClose={onClose}
      title={t('directory:schedule.title', { name: network?.name ?? '' })}
    >
      {draft ? (
        <form noValidate onSubmit={(event) => void submit(event)}>
          {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
          <p>{t('directory:schedule.intro')}</p>
          <Select
            id={ids.opensWeekday}
            label={t('directory:schedule.opensDay')}
            options={dayOptions}
            value={draft.opensWeekday}
            onChange={(e) => set('opensWeekday', e.target.value)}
            error={errors.opensWeekday}
          />
          <TextField
            id={ids.opensTime}
            type="time"
            width="short"
            label={t('directory:schedule.opensTime')}
            hint={t('directory:schedule.timeHint')}
            value={draft.opensTime}
            onChange={(e) => set('opensTime', e.target.value)}
            error={errors.opensTime}
          />
          <Select
            id={ids.deadlineWeekday}
            label={t('directory:schedule.deadlineDay')}
            hint={t('directory:schedule.deadlineHint')}
            options={dayOptions}
            value={draft.deadlineWeekday}
            onChange={(e) => set('deadlineWeekday', e.target.value)}
            error={errors.deadlineWeekday}
          />
          <TextField
            id={ids.deadlineTime}
            type="time"
            width="short"
            label={t('directory:schedule.deadlineTime')}
            hint={t('directory:schedule.timeHint')}
            value={draft.deadlineTime}
            onChange={(e) => set('deadlineTime', e.target.value)}
            error={errors.deadlineTime}
          />
          <TextField
            id={ids.reminderHours}
            inputMode="numeric"
            width="short"
            label={t('directory:schedule.reminderHours')}
            hint={t('directory:schedule.reminderHint')}
            suffix={t('directory:schedule.hours')}
            value={draft.reminderHours}
            onChange={(e) => set('reminderHours', e.target.value)}
            error={errors.reminderHours}
          />
          <div className="button-group">
            <Button type="submit" aria-disabled={saving || undefined}>
              {saving ? t('directory:schedule.saving') : t('common:actions.save')}
            </Button>
            <Button variant="secondary" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
          </div>
        </form>
      ) : null}
    </Dialog>
  );
}
