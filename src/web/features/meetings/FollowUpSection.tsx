import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TableColumn } from '../../components/Table';
import { formatDate } from '../../i18n/format';
import { ActionsTable } from './ActionsTable';
import type { ActionItem, FollowUpItem, MeetingDetail } from './meeting-types';

/** Open actions from the network's earlier meetings, to follow up at this one. */
export function FollowUpSection({
  detail,
  onActionChanged,
  onError,
}: {
  detail: MeetingDetail;
  onActionChanged: (a: ActionItem) => void;
  onError: (message: string) => void;
}) {
  const { t } = useTranslation('meetings');
  const overdue = detail.followUp.filter((a) => a.overdue).length;
  const from: TableColumn<FollowUpItem> = {
    key: 'meeting',
    header: t('meetings:followUp.from'),
    render: (a) => (
      <Link to={`/moten/${a.meetingId}`}>
        {a.meetingTitle}
        <span className="cell-sub">{formatDate(a.meetingStartsAt)}</span>
      </Link>
    ),
  };
  return (
    <section aria-labelledby="follow-up-title" className="meeting-section">
      <h2 id="follow-up-title">{t('meetings:followUp.title')}</h2>
      <p>
        {detail.followUp.length === 0
          ? t('meetings:followUp.none')
          : t('meetings:followUp.summary', { count: detail.followUp.length, overdue })}
      </p>
      {detail.followUp.length > 0 ? (
        <ActionsTable
          caption={t('meetings:followUp.title')}
          actions={detail.followUp}
          extraColumns={[from]}
          canUpdate={() => detail.canManage}
          onChanged={onActionChanged}
          onError={onError}
          empty={t('meetings:followUp.none')}
        />
      ) : null}
    </section>
  );
}
