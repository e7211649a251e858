import '../admin/admin.css';
import './meetings.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Checkbox } from '../../components/Checkbox';
import { Spinner } from '../../components/Spinner';
import type { TableColumn } from '../../components/Table';
import { formatDate } from '../../i18n/format';
import { ActionsTable } from './ActionsTable';
import type { MyAction } from './meeting-types';

/** /mina-atgarder — actions owned by me or my organisation, in every network. */
export function MyActionsPage() {
  const { t } = useTranslation(['meetings', 'common']);
  const [showAll, setShowAll] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const list = useApi<{ actions: MyAction[] }>('/api/my/action-items', {
    query: { status: showAll ? 'all' : 'open' },
  });
  const overdue = list.data?.actions.filter((a) => a.overdue).length ?? 0;
  const meetingColumn: TableColumn<MyAction> = {
    key: 'meeting',
    header: t('meetings:myActions.meeting'),
    render: (a) => (
      <>
        <Link to={`/moten/${a.meetingId}`}>{a.meetingTitle}</Link>
        <span className="cell-sub">
          {a.networkName} · {formatDate(a.meetingStartsAt)}
        </span>
      </>
    ),
  };
  return (
    <>
      <h1>{t('meetings:myActions.title')}</h1>
      <p className="lead">{t('meetings:myActions.intro')}</p>
      {notice ? <Alert variant={notice.kind}>{notice.text}</Alert> : null}
      <Checkbox
        id="my-actions-all"
        label={t('meetings:myActions.showAll')}
        checked={showAll}
        onChange={(e) => setShowAll(e.target.checked)}
      />
      {list.error ? <Alert variant="error">{list.error.message}</Alert> : null}
      {list.loading && !list.data ? <Spinner label={t('common:status.loading')} /> : null}
      {list.data ? (
        <>
          {overdue > 0 ? (
            <Alert variant="warning">{t('meetings:myActions.overdue', { count: overdue })}</Alert>
          ) : null}
          <ActionsTable
            caption={t('meetings:myActions.title')}
            actions={list.data.actions}
            extraColumns={[meetingColumn]}
            canUpdate={(a) => a.canUpdate}
            onChanged={(a) => {
              setNotice({ kind: 'success', text: t('meetings:actions.changed', { text: a.text }) });
              list.reload();
            }}
            onError={(message) => setNotice({ kind: 'error', text: message })}
            empty={t('meetings:myActions.none')}
          />
        </>
      ) : null}
    </>
  );
}
