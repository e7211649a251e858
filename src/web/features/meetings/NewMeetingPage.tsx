import '../admin/admin.css';
import './meetings.css';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Spinner } from '../../components/Spinner';
import { MeetingForm } from './MeetingForm';
import type { MeetingDetail, MeetingList } from './meeting-types';

/** /moten/ny — a coordinator plans a meeting in one of the networks they coordinate. */
export function NewMeetingPage() {
  const { t } = useTranslation(['meetings', 'common']);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const list = useApi<MeetingList>('/api/meetings', { query: { when: 'upcoming', limit: 1 } });
  const networks = (list.data?.networks ?? []).filter((n) => n.canManage);
  const preselected = params.get('natverk') ?? (networks.length === 1 ? (networks[0]?.id ?? '') : '');

  return (
    <>
      <p>
        <Link to="/moten">{t('meetings:backToList')}</Link>
      </p>
      <h1>{t('meetings:form.createTitle')}</h1>
      {list.error ? <Alert variant="error">{list.error.message}</Alert> : null}
      {list.loading && !list.data ? <Spinner label={t('common:status.loading')} /> : null}
      {list.data && networks.length === 0 ? (
        <Alert variant="info">{t('meetings:form.noNetworks')}</Alert>
      ) : null}
      {list.data && networks.length > 0 ? (
        <MeetingForm
          key={preselected}
          networks={networks}
          initial={{
            networkId: preselected,
            title: '',
            kind: 'meeting',
            startsAt: '',
            endsAt: '',
            place: '',
            videoUrl: '',
          }}
          submitLabel={t('meetings:form.create')}
          onSubmit={async ({ networkId, ...values }) => {
            const created = await api.post<MeetingDetail>(`/api/networks/${networkId}/meetings`, values);
            await navigate(`/moten/${created.meeting.id}`, { state: { notice: 'created' } });
          }}
        />
      ) : null}
    </>
  );
}
