import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Select } from '../../components/Select';
import { Tag } from '../../components/Tag';
import { TextField } from '../../components/TextField';
import { type FieldErrors, readApiErrors, summaryItems } from '../admin/form-errors';
import { AttachmentLink, type AttachmentSummary, AttachmentUpload } from '../attachments';
import type { MeetingDetail, NetworkOrg } from './meeting-types';

type Change = (send: (version: number) => Promise<MeetingDetail>, success: string) => Promise<boolean>;

type Field = 'topic' | 'presenterName' | 'presenterOrgId' | 'slotStart' | 'slotEnd';
const order: readonly Field[] = ['topic', 'presenterName', 'presenterOrgId', 'slotStart', 'slotEnd'];
const ids: Record<Field, string> = {
  topic: 'agenda-topic',
  presenterName: 'agenda-presenter',
  presenterOrgId: 'agenda-presenter-org',
  slotStart: 'agenda-slot-start',
  slotEnd: 'agenda-slot-end',
};
const empty = { topic: '', presenterName: '', presenterOrgId: '', slotStart: '', slotEnd: '' };

/** The agenda; coordinators add, remove and move items (buttons, so the keyboard alone works). */
export function AgendaSection({
  detail,
  orgs,
  change,
}: {
  detail: MeetingDetail;
  orgs: NetworkOrg[];
  change: Change;
}) {
  const { t } = useTranslation(['meetings', 'common']);
  const { meeting, agenda } = detail;
  const editable = detail.canManage && meeting.minutesStatus !== 'published';
  const [focusAfterMove, setFocusAfterMove] = useState<string | null>(null);
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [files, setFiles] = useState<AttachmentSummary[]>([]);

  useEffect(() => {
    if (!focusAfterMove) return;
    const target = document.getElementById(focusAfterMove);
    const [itemId] = focusAfterMove.split('--');
    (
      target ??
      document.getElementById(`${itemId}--up`) ??
      document.getElementById(`${itemId}--down`)
    )?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove]);

  const move = async (index: number, delta: -1 | 1) => {
    const itemIds = agenda.map((i) => i.id);
    const [item] = itemIds.splice(index, 1);
    if (!item) return;
    itemIds.splice(index + delta, 0, item);
    const moved = agenda[index];
    const ok = await change(
      (version) => api.put<MeetingDetail>(`/api/meetings/${meeting.id}/agenda-order`, { version, itemIds }),
      t('meetings:agenda.moved', { topic: moved?.topic ?? '', position: index + delta + 1 }),
    );
    if (ok) setFocusAfterMove(`${item}--${delta < 0 ? 'up' : 'down'}`);
  };

  const remove = async (itemId: string, topic: string) => {
    await change(
      (version) =>
        api.delete<MeetingDetail>(`/api/meetings/${meeting.id}/agenda-items/${itemId}?version=${version}`),
      t('meetings:agenda.removed', { topic }),
    );
  };

  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!form.topic.trim()) {
      setErrors({ topic: t('meetings:agenda.topicRequired') });
      setFormError(null);
      return;
    }
    try {
      const ok = await change(
        (version) =>
          api.post<MeetingDetail>(`/api/meetings/${meeting.id}/agenda-items`, {
            version,
            ...form,
            presenterOrgId: form.presenterOrgId || null,
            attachmentIds: files.map((f) => f.id),
          }),
        t('meetings:agenda.added', { topic: form.topic }),
      );
      if (ok) {
        setForm(empty);
        setFiles([]);
      }
      setErrors({});
      setFormError(null);
    } catch (caught) {
      const read = readApiErrors(caught, order, t('common:errors.unexpected'));
      setErrors(read.fieldErrors);
      setFormError(read.formError);
    }
  };

  const set = (key: Field, value: string) => setForm((f) => ({ ...f, [key]: value }));
  const summary = summaryItems(formError, errors, order, ids);

  return (
    <section aria-labelledby="agenda-title" className="meeting-section">
      <h2 id="agenda-title">{t('meetings:agenda.title')}</h2>
      {agenda.length === 0 ? <p>{t('meetings:agenda.none')}</p> : null}
      <ol className="agenda-list">
        {agenda.map((item, index) => (
          <li key={item.id} id={`punkt-${item.id}`} className="agenda-item">
            <div className="agenda-item__main">
              <h3 className="agenda-item__topic">{item.topic}</h3>
              <p className="agenda-item__meta">
                {[
                  item.slotStart ? `${item.slotStart}${item.slotEnd ? `–${item.slotEnd}` : ''}` : null,
                  [item.presenterName, item.presenterOrgName].filter(Boolean).join(', ') || null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {item.sourceReport ? (
                <p className="agenda-item__meta">
                  <Tag variant="warning">{t('meetings:agenda.escalated')}</Tag>{' '}
                  <Link to={`/natverk/${meeting.networkId}/organisationer/${item.sourceReport.orgId}`}>
                    {t('meetings:agenda.sourceReport', { org: item.sourceReport.orgName })}
                  </Link>
                </p>
              ) : null}
              {item.attachments.length > 0 ? (
                <ul
                  className="agenda-item__files"
                  aria-label={t('meetings:agenda.filesOf', { topic: item.topic })}
                >
                  {item.attachments.map((a) => (
                    <li key={a.id}>
                      <AttachmentLink attachment={a} />
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
            {editable ? (
              <div className="row-actions">
                {index > 0 ? (
                  <Button
                    id={`${item.id}--up`}
                    size="small"
                    variant="secondary"
                    onClick={() => void move(index, -1)}
                  >
                    {t('meetings:agenda.up')}
                    <span className="visually-hidden"> – {item.topic}</span>
                  </Button>
                ) : null}
                {index < agenda.length - 1 ? (
                  <Button
                    id={`${item.id}--down`}
                    size="small"
                    variant="secondary"
                    onClick={() => void move(index, 1)}
                  >
                    {t('meetings:agenda.down')}
                    <span className="visually-hidden"> – {item.topic}</span>
                  </Button>
                ) : null}
                <Button size="small" variant="secondary" onClick={() => void remove(item.id, item.topic)}>
                  {t('meetings:agenda.remove')}
                  <span className="visually-hidden"> – {item.topic}</span>
                </Button>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      {editable ? (
        <form
          noValidate
          onSubmit={(e) => void add(e)}
          className="admin-form narrow"
          aria-labelledby="agenda-add-title"
        >
          <h3 id="agenda-add-title">{t('meetings:agenda.addTitle')}</h3>
          {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
          <TextField
            id={ids.topic}
            label={t('meetings:agenda.topic')}
            maxLength={300}
            value={form.topic}
            onChange={(e) => set('topic', e.target.value)}
            error={errors.topic}
          />
          <TextField
            id={ids.presenterName}
            label={t('meetings:agenda.presenter')}
            maxLength={200}
            value={form.presenterName}
            onChange={(e) => set('presenterName', e.target.value)}
            error={errors.presenterName}
          />
          <Select
            id={ids.presenterOrgId}
            label={t('meetings:agenda.presenterOrg')}
            options={[
              { value: '', label: t('meetings:agenda.noOrg') },
              ...orgs.map((o) => ({ value: o.orgId, label: o.name })),
            ]}
            value={form.presenterOrgId}
            onChange={(e) => set('presenterOrgId', e.target.value)}
            error={errors.presenterOrgId}
          />
          <div className="field-row">
            <TextField
              id={ids.slotStart}
              type="time"
              width="short"
              label={t('meetings:agenda.slotStart')}
              value={form.slotStart}
              onChange={(e) => set('slotStart', e.target.value)}
              error={errors.slotStart}
            />
            <TextField
              id={ids.slotEnd}
              type="time"
              width="short"
              label={t('meetings:agenda.slotEnd')}
              value={form.slotEnd}
              onChange={(e) => set('slotEnd', e.target.value)}
              error={errors.slotEnd}
            />
          </div>
          {files.length > 0 ? (
            <ul className="agenda-item__files" aria-label={t('meetings:agenda.chosenFiles')}>
              {files.map((f) => (
                <li key={f.id}>
                  <AttachmentLink attachment={f} />{' '}
                  <Button
                    size="small"
                    variant="secondary"
                    onClick={() => setFiles((all) => all.filter((x) => x.id !== f.id))}
                  >
                    {t('meetings:agenda.removeFile', { filename: f.filename })}
                  </Button>
                </li>
              ))}
            </ul>
          ) : null}
          <AttachmentUpload
            id="agenda-file"
            networkId={meeting.networkId}
            label={t('meetings:agenda.file')}
            optional
            value={null}
            onChange={(a) => {
              if (a) setFiles((all) => [...all, a]);
            }}
          />
          <Button type="submit" variant="secondary">
            {t('meetings:agenda.add')}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
