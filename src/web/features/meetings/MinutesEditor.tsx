import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import { Button } from '../../components/Button';
import { Details } from '../../components/Details';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/ErrorSummary';
import { Select } from '../../components/Select';
import { Textarea } from '../../components/Textarea';
import { TextField } from '../../components/TextField';
import { MinutesText } from './MinutesText';
import type { MeetingDetail, NetworkOrg } from './meeting-types';

type Change = (send: (version: number) => Promise<MeetingDetail>, success: string) => Promise<boolean>;

interface DecisionDraft {
  key: string;
  id?: string;
  agendaItemId: string;
  text: string;
}
interface ActionDraft {
  key: string;
  id?: string;
  agendaItemId: string;
  text: string;
  ownerOrgId: string;
  ownerUserId: string | null;
  dueDate: string;
}

let nextKey = 0;
const newKey = () => `new-${++nextKey}`;
const fieldId = (path: string) => `m-${path.replace(/\./g, '-')}`;

function draftOf(detail: MeetingDetail) {
  return {
    items: Object.fromEntries(detail.agenda.map((i) => [i.id, i.minutes ?? ''])),
    decisions: detail.decisions.map<DecisionDraft>((d) => ({
      key: d.id,
      id: d.id,
      agendaItemId: d.agendaItemId ?? '',
      text: d.text,
    })),
    actions: detail.actions.map<ActionDraft>((a) => ({
      key: a.id,
      id: a.id,
      agendaItemId: a.agendaItemId ?? '',
      text: a.text,
      ownerOrgId: a.ownerOrgId ?? '',
      ownerUserId: a.ownerUserId,
      dueDate: a.dueDate ?? '',
    })),
  };
}

/**
 * The coordinator's minutes editor: notes per agenda item with a live preview, decisions and
 * actions. On published minutes the same form is a correction and asks why.
 */
export function MinutesEditor({
  detail,
  orgs,
  change,
  onSaved,
  onCancel,
}: {
  detail: MeetingDetail;
  orgs: NetworkOrg[];
  change: Change;
  /** After a successful save: the parent remounts the editor on the saved state. */
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation(['meetings', 'common']);
  const correcting = detail.meeting.minutesStatus === 'published';
  const [draft, setDraft] = useState(() => draftOf(detail));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const agendaOptions = [
    { value: '', label: t('meetings:minutes.noItem') },
    ...detail.agenda.map((i) => ({ value: i.id, label: `${i.position}. ${i.topic}` })),
  ];
  const orgOptions = orgs.map((o) => ({ value: o.orgId, label: o.name }));

  const body = (version: number) => ({
    version,
    items: detail.agenda.map((i) => ({ agendaItemId: i.id, minutes: draft.items[i.id] ?? '' })),
    decisions: draft.decisions.map((d) => ({
      ...(d.id ? { id: d.id } : {}),
      agendaItemId: d.agendaItemId || null,
      text: d.text,
    })),
    actions: draft.actions.map((a) => ({
      ...(a.id ? { id: a.id } : {}),
      agendaItemId: a.agendaItemId || null,
      text: a.text,
      ownerOrgId: a.ownerOrgId || null,
      ownerUserId: a.ownerUserId,
      dueDate: a.dueDate || null,
    })),
    ...(correcting ? { correctionReason: reason } : {}),
  });

  /** Saves; then, when asked, moves the minutes on (to review or published). */
  const save = async (then?: 'in_review' | 'published' | 'draft') => {
    setBusy(true);
    setErrors({});
    setFormError(null);
    try {
      const saved = await change(
        (version) => api.put<MeetingDetail>(`/api/meetings/${detail.meeting.id}/minutes`, body(version)),
        t(correcting ? 'meetings:minutes.corrected' : 'meetings:minutes.saved'),
      );
      if (saved && then) {
        await change(
          (version) =>
            api.post<MeetingDetail>(`/api/meetings/${detail.meeting.id}/minutes/status`, {
              version,
              status: then,
            }),
          t(`meetings:minutes.movedTo.${then}`),
        );
      }
      if (saved) onSaved();
    } catch (caught) {
      if (caught instanceof ApiError && caught.fieldErrors.length > 0) {
        setErrors(Object.fromEntries(caught.fieldErrors.map((f) => [f.path, f.message])));
      } else setFormError(caught instanceof ApiError ? caught.message : t('common:errors.unexpected'));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save();
  };

  const summary: ErrorSummaryItem[] = [
    ...(formError ? [{ message: formError }] : []),
    ...Object.entries(errors).map(([path, message]) => ({ fieldId: fieldId(path), message })),
  ];
  const setDecision = (key: string, patch: Partial<DecisionDraft>) =>
    setDraft((d) => ({ ...d, decisions: d.decisions.map((x) => (x.key === key ? { ...x, ...patch } : x)) }));
  const setAction = (key: string, patch: Partial<ActionDraft>) =>
    setDraft((d) => ({ ...d, actions: d.actions.map((x) => (x.key === key ? { ...x, ...patch } : x)) }));

  return (
    <form noValidate onSubmit={submit} className="minutes-editor" aria-labelledby="minutes-editor-title">
      <h3 id="minutes-editor-title">
        {correcting ? t('meetings:minutes.correctTitle') : t('meetings:minutes.editTitle')}
      </h3>
      <p className="field__hint">{t('meetings:minutes.markdownHint')}</p>
      {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
      {detail.agenda.map((item, i) => (
        <div key={item.id} className="minutes-editor__item">
          <Textarea
            id={fieldId(`items.${i}.minutes`)}
            label={t('meetings:minutes.notesFor', { position: item.position, topic: item.topic })}
            rows={5}
            maxLength={50_000}
            value={draft.items[item.id] ?? ''}
            onChange={(e) => setDraft((d) => ({ ...d, items: { ...d.items, [item.id]: e.target.value } }))}
            error={errors[`items.${i}.minutes`]}
          />
          <Details summary={t('meetings:minutes.preview', { topic: item.topic })}>
            <MinutesText text={draft.items[item.id] ?? ''} />
          </Details>
        </div>
      ))}

      <fieldset className="minutes-editor__group">
        <legend>{t('meetings:minutes.decisions')}</legend>
        {draft.decisions.map((d, i) => (
          <div key={d.key} className="minutes-editor__row">
            <Textarea
              id={fieldId(`decisions.${i}.text`)}
              label={t('meetings:minutes.decisionN', { n: i + 1 })}
              rows={2}
              maxLength={5000}
              value={d.text}
              onChange={(e) => setDecision(d.key, { text: e.target.value })}
              error={errors[`decisions.${i}.text`]}
            />
            <Select
              id={fieldId(`decisions.${i}.agendaItemId`)}
              label={t('meetings:minutes.underItem')}
              options={agendaOptions}
              value={d.agendaItemId}
              onChange={(e) => setDecision(d.key, { agendaItemId: e.target.value })}
              error={errors[`decisions.${i}.agendaItemId`]}
            />
            <Button
              size="small"
              variant="secondary"
              onClick={() =>
                setDraft((x) => ({ ...x, decisions: x.decisions.filter((y) => y.key !== d.key) }))
              }
            >
              {t('meetings:minutes.removeDecision', { n: i + 1 })}
            </Button>
          </div>
        ))}
        <Button
          variant="secondary"
          onClick={() =>
            setDraft((x) => ({
              ...x,
              decisions: [
                ...x.decisions,
                { key: newKey(), agendaItemId: detail.agenda.at(-1)?.id ?? '', text: '' },
              ],
            }))
          }
        >
          {t('meetings:minutes.addDecision')}
        </Button>
      </fieldset>

      <fieldset className="minutes-editor__group">
        <legend>{t('meetings:minutes.actions')}</legend>
        {draft.actions.map((a, i) => (
          <div key={a.key} className="minutes-editor__row">
            <TextField
              id={fieldId(`actions.${i}.text`)}
              label={t('meetings:minutes.actionN', { n: i + 1 })}
              maxLength={2000}
              value={a.text}
              onChange={(e) => setAction(a.key, { text: e.target.value })}
              error={errors[`actions.${i}.text`]}
            />
            <Select
              id={fieldId(`actions.${i}.ownerOrgId`)}
              label={t('meetings:minutes.ownerOrg')}
              placeholder={t('meetings:form.choose')}
              options={orgOptions}
              value={a.ownerOrgId}
              onChange={(e) => setAction(a.key, { ownerOrgId: e.target.value })}
              error={errors[`actions.${i}.ownerOrgId`] ?? errors[`actions.${i}.ownerUserId`]}
            />
            <TextField
              id={fieldId(`actions.${i}.dueDate`)}
              type="date"
              width="short"
              label={t('meetings:minutes.dueDate')}
              value={a.dueDate}
              onChange={(e) => setAction(a.key, { dueDate: e.target.value })}
              error={errors[`actions.${i}.dueDate`]}
            />
            <Select
              id={fieldId(`actions.${i}.agendaItemId`)}
              label={t('meetings:minutes.underItem')}
              options={agendaOptions}
              value={a.agendaItemId}
              onChange={(e) => setAction(a.key, { agendaItemId: e.target.value })}
              error={errors[`actions.${i}.agendaItemId`]}
            />
            <Button
              size="small"
              variant="secondary"
              onClick={() => setDraft((x) => ({ ...x, actions: x.actions.filter((y) => y.key !== a.key) }))}
            >
              {t('meetings:minutes.removeAction', { n: i + 1 })}
            </Button>
          </div>
        ))}
        <Button
          variant="secondary"
          onClick={() =>
            setDraft((x) => ({
              ...x,
              actions: [
                ...x.actions,
                {
                  key: newKey(),
                  agendaItemId: detail.agenda.at(-1)?.id ?? '',
                  text: '',
                  ownerOrgId: '',
                  ownerUserId: null,
                  dueDate: '',
                },
              ],
            }))
          }
        >
          {t('meetings:minutes.addAction')}
        </Button>
      </fieldset>

      {correcting ? (
        <Textarea
          id={fieldId('correctionReason')}
          label={t('meetings:minutes.correctionReason')}
          hint={t('meetings:minutes.correctionHint')}
          rows={2}
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={errors.correctionReason}
        />
      ) : null}

      <div className="row-actions">
        <Button type="submit" disabled={busy}>
          {correcting ? t('meetings:minutes.saveCorrection') : t('meetings:minutes.save')}
        </Button>
        {!correcting && detail.meeting.minutesStatus === 'draft' ? (
          <Button variant="secondary" disabled={busy} onClick={() => void save('in_review')}>
            {t('meetings:minutes.toReview')}
          </Button>
        ) : null}
        {!correcting && detail.meeting.minutesStatus === 'in_review' ? (
          <Button variant="secondary" disabled={busy} onClick={() => void save('draft')}>
            {t('meetings:minutes.toDraft')}
          </Button>
        ) : null}
        {!correcting ? (
          <Button variant="secondary" disabled={busy} onClick={() => void save('published')}>
            {t('meetings:minutes.publish')}
          </Button>
        ) : null}
        {correcting && onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {t('meetings:minutes.cancelCorrection')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
