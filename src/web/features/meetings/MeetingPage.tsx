import '../admin/admin.css';
import './meetings.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, api, apiUrl } from '../../api/client';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { DefinitionList } from '../../components/DefinitionList';
import { Dialog } from '../../components/Dialog';
import { Spinner } from '../../components/Spinner';
import { Tag } from '../../components/Tag';
import { usePageTitle } from '../../layout/page-title';
import { AgendaSection } from './AgendaSection';
import { AttendanceSection } from './AttendanceSection';
import { FollowUpSection } from './FollowUpSection';
import { formValuesOf, MeetingForm } from './MeetingForm';
import { MinutesSection } from './MinutesSection';
import { kindLabel, meetingWhen } from './meeting-format';
import { type ActionItem, type MeetingDetail, type NetworkDetail, networkOrgs } from './meeting-types';
import { useMeeting } from './use-meeting';

/** /moten/:meetingId — agenda, follow-up, attendance, minutes with decisions and actions. */
export function MeetingPage() {
  const { t } = useTranslation(['meetings', 'common']);
  const { meetingId = '' } = useParams();
  const state = useMeeting(meetingId);
  const { data: detail, notice, setNotice, change } = state;
  const network = useApi<NetworkDetail>(detail ? `/api/networks/${detail.meeting.networkId}` : null);
  const orgs = networkOrgs(network.data);
  const [editing, setEditing] = useState(false);
  const [confirmCancel, setConfirmCancel] = useState(false);
  usePageTitle(detail?.meeting.title ?? null);

  const showError = (message: string) => setNotice({ kind: 'error', text: message });
  const guarded = async (run: () => Promise<unknown>) => {
    try {
      await run();
    } catch (caught) {
      showError(caught instanceof ApiError ? caught.message : t('common:errors.unexpected'));
    }
  };
  const onActionChanged = (a: ActionItem) => {
    setNotice({ kind: 'success', text: t('meetings:actions.changed', { text: a.text }) });
    state.reload();
  };

  if (!detail) {
    return (
      <>
        <h1>{t('meetings:page.title')}</h1>
        {state.error ? (
          <Alert variant="error">{state.error.message}</Alert>
        ) : (
          <Spinner label={t('common:status.loading')} />
        )}
      </>
    );
  }

  const { meeting } = detail;
  const invite = () =>
    guarded(async () => {
      const res = await api.post<{ invited: number }>(`/api/meetings/${meeting.id}/invitations`);
      setNotice({ kind: 'success', text: t('meetings:page.invited', { count: res.invited }) });
      state.reload();
    });

  return (
    <>
      <p>
        <Link to="/moten">{t('meetings:backToList')}</Link>
      </p>
      <h1>{meeting.title}</h1>
      {meeting.status === 'cancelled' ? (
        <Alert variant="warning">{t('meetings:page.cancelledNote')}</Alert>
      ) : null}
      {notice ? <Alert variant={notice.kind === 'success' ? 'success' : 'error'}>{notice.text}</Alert> : null}
      <DefinitionList
        items={[
          { term: t('meetings:page.network'), description: meeting.networkName },
          { term: t('meetings:page.kind'), description: kindLabel(t, meeting.kind) },
          { term: t('meetings:page.when'), description: meetingWhen(meeting) },
          ...(meeting.place ? [{ term: t('meetings:page.place'), description: meeting.place }] : []),
          ...(meeting.videoUrl
            ? [
                {
                  term: t('meetings:page.video'),
                  description: (
                    <a href={meeting.videoUrl} rel="noopener noreferrer">
                      {meeting.videoUrl}
                    </a>
                  ),
                },
              ]
            : []),
          {
            term: t('meetings:page.status'),
            description:
              meeting.status === 'cancelled' ? (
                <Tag variant="error">{t('meetings:status.cancelled')}</Tag>
              ) : (
                t('meetings:status.planned')
              ),
          },
        ]}
      />
      <p className="row-actions">
        <a href={apiUrl(`/api/meetings/${meeting.id}/invitation.ics`)}>{t('meetings:page.ics')}</a>
        {detail.canManage && meeting.minutesStatus !== 'published' ? (
          <>
            <Button variant="secondary" onClick={() => void invite()}>
              {meeting.status === 'cancelled'
                ? t('meetings:page.sendCancellation')
                : t('meetings:page.invite')}
            </Button>
            {meeting.status === 'planned' ? (
              <>
                <Button variant="secondary" onClick={() => setEditing(true)}>
                  {t('meetings:page.edit')}
                </Button>
                <Button variant="secondary" onClick={() => setConfirmCancel(true)}>
                  {t('meetings:page.cancel')}
                </Button>
              </>
            ) : null}
          </>
        ) : null}
      </p>
      {detail.canManage && detail.invitedCount > 0 ? (
        <p className="field__hint">{t('meetings:page.invitedCount', { count: detail.invitedCount })}</p>
      ) : null}

      <FollowUpSection detail={detail} onActionChanged={onActionChanged} onError={showError} />
      <AgendaSection detail={detail} orgs={orgs} change={change} />
      <AttendanceSection key={network.data ? 'orgs' : 'none'} detail={detail} orgs={orgs} change={change} />
      <MinutesSection
        detail={detail}
        orgs={orgs}
        change={change}
        onActionChanged={onActionChanged}
        onError={showError}
      />

      <Dialog open={editing} onClose={() => setEditing(false)} title={t('meetings:page.editTitle')}>
        {editing ? (
          <MeetingForm
            initial={formValuesOf(meeting)}
            submitLabel={t('meetings:page.saveChanges')}
            onSubmit={async ({ networkId: _network, ...values }) => {
              const ok = await change(
                (version) => api.put<MeetingDetail>(`/api/meetings/${meeting.id}`, { ...values, version }),
                t('meetings:page.saved'),
              );
              if (ok) setEditing(false);
            }}
          />
        ) : null}
      </Dialog>
      <Dialog
        open={confirmCancel}
        onClose={() => setConfirmCancel(false)}
        title={t('meetings:page.cancelTitle')}
        actions={
          <>
            <Button
              onClick={() =>
                void guarded(async () => {
                  await change(
                    (version) => api.post<MeetingDetail>(`/api/meetings/${meeting.id}/cancel`, { version }),
                    t('meetings:page.cancelled'),
                  );
                  setConfirmCancel(false);
                })
              }
            >
              {t('meetings:page.confirmCancel')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirmCancel(false)}>
              {t('meetings:page.keep')}
            </Button>
          </>
        }
      >
        <p>{t('meetings:page.cancelText')}</p>
      </Dialog>
    </>
  );
}
