import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Details } from '../../components/Details';
import { Tag } from '../../components/Tag';
import { formatDateTime } from '../../i18n/format';
import { ActionsTable } from './ActionsTable';
import { MinutesEditor } from './MinutesEditor';
import { MinutesText } from './MinutesText';
import { minutesVariant } from './meeting-format';
import type { ActionItem, MeetingDetail, NetworkOrg } from './meeting-types';

type Change = (send: (version: number) => Promise<MeetingDetail>, success: string) => Promise<boolean>;

/** Minutes: the editor for coordinators, the record for members, and every published version. */
export function MinutesSection({
  detail,
  orgs,
  change,
  onActionChanged,
  onError,
}: {
  detail: MeetingDetail;
  orgs: NetworkOrg[];
  change: Change;
  onActionChanged: (a: ActionItem) => void;
  onError: (message: string) => void;
}) {
  const { t } = useTranslation(['meetings', 'common']);
  const { meeting } = detail;
  const [correcting, setCorrecting] = useState(false);
  const [editorKey, setEditorKey] = useState(0);
  const published = meeting.minutesStatus === 'published';
  const editing = detail.canManage && (!published || correcting);

  return (
    <section aria-labelledby="minutes-title" className="meeting-section">
      <h2 id="minutes-title">
        {t('meetings:minutes.title')}{' '}
        <Tag variant={minutesVariant[meeting.minutesStatus]}>
          {t(`meetings:minutesStatus.${meeting.minutesStatus}`)}
        </Tag>
      </h2>
      {!detail.minutesVisible ? <p>{t('meetings:minutes.notVisible')}</p> : null}
      {meeting.minutesStatus === 'in_review' && !detail.canManage ? (
        <p className="field__hint">{t('meetings:minutes.inReviewNote')}</p>
      ) : null}
      {published ? (
        <p>
          {t('meetings:minutes.publishedAt', {
            when: meeting.minutesPublishedAt ? formatDateTime(meeting.minutesPublishedAt) : '',
            version: meeting.minutesVersion,
          })}
        </p>
      ) : null}

      {editing ? (
        <MinutesEditor
          key={editorKey}
          detail={detail}
          orgs={orgs}
          change={change}
          onSaved={() => {
            setCorrecting(false);
            setEditorKey((k) => k + 1);
          }}
          {...(published ? { onCancel: () => setCorrecting(false) } : {})}
        />
      ) : null}

      {detail.minutesVisible && !editing ? (
        <>
          {detail.agenda.map((item) => (
            <div key={item.id} className="minutes-record">
              <h3>
                {item.position}. {item.topic}
              </h3>
              {item.minutes ? <MinutesText text={item.minutes} /> : <p>{t('meetings:minutes.noNotes')}</p>}
            </div>
          ))}
          <h3 id="beslut">{t('meetings:minutes.decisions')}</h3>
          {detail.decisions.length === 0 ? (
            <p>{t('meetings:minutes.noDecisions')}</p>
          ) : (
            <ol className="decision-list">
              {detail.decisions.map((d) => (
                <li key={d.id}>{d.text}</li>
              ))}
            </ol>
          )}
          {published && detail.canManage ? (
            <Button variant="secondary" onClick={() => setCorrecting(true)}>
              {t('meetings:minutes.correct')}
            </Button>
          ) : null}
        </>
      ) : null}

      {detail.minutesVisible ? (
        <>
          <h3>{t('meetings:minutes.actions')}</h3>
          <ActionsTable
            caption={t('meetings:minutes.actions')}
            actions={detail.actions}
            canUpdate={() => detail.canManage && published}
            onChanged={onActionChanged}
            onError={onError}
            empty={t('meetings:minutes.noActions')}
          />
        </>
      ) : null}

      {detail.history.length > 0 ? (
        <>
          <h3>{t('meetings:history.title')}</h3>
          <ol className="history-list">
            {detail.history.map((h) => (
              <li key={h.version}>
                <Details
                  summary={t(`meetings:history.${h.kind}`, {
                    version: h.version,
                    when: formatDateTime(h.createdAt),
                    who: h.createdByName ?? '',
                  })}
                >
                  {h.reason ? <p>{t('meetings:history.reason', { reason: h.reason })}</p> : null}
                  {h.content.items.map((i) => (
                    <div key={i.id}>
                      <h4>
                        {i.position}. {i.topic}
                      </h4>
                      <MinutesText text={i.minutes} />
                    </div>
                  ))}
                  {h.content.decisions.length > 0 ? (
                    <>
                      <h4>{t('meetings:minutes.decisions')}</h4>
                      <ol>
                        {h.content.decisions.map((d) => (
                          <li key={d.id}>{d.text}</li>
                        ))}
                      </ol>
                    </>
                  ) : null}
                  {h.content.actions.length > 0 ? (
                    <>
                      <h4>{t('meetings:minutes.actions')}</h4>
                      <ul>
                        {h.content.actions.map((a) => (
                          <li key={a.id}>
                            {a.text}
                            {a.dueDate ? ` (${a.dueDate})` : ''}
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                </Details>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
