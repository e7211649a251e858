import '../admin/admin.css';
import './bulletins.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Spinner } from '../../components/Spinner';
import { Table, type TableColumn } from '../../components/Table';
import { Tag } from '../../components/Tag';
import { formatDateTime } from '../../i18n/format';
import { type BulletinList, type BulletinSummary, urgencyVariant } from './bulletin-types';
import { SendBulletinForm } from './SendBulletinForm';

/** /meddelanden — bulletins and alerts of the user's networks; the send form for those who may send. */
export function BulletinsPage() {
  const { t } = useTranslation(['bulletins', 'common']);
  const list = useApi<BulletinList>('/api/bulletins');
  const [notice, setNotice] = useState<string | null>(null);

  const status = (b: BulletinSummary) => {
    if (b.counts)
      return t('bulletins:list.receipts', { acknowledged: b.counts.acknowledged, total: b.counts.total });
    if (!b.receipt) return '';
    if (b.receipt.acknowledgedAt) return t('bulletins:list.acknowledged');
    return b.receipt.readAt ? t('bulletins:list.read') : t('bulletins:list.unread');
  };
  const columns: TableColumn<BulletinSummary>[] = [
    {
      key: 'title',
      header: t('bulletins:list.title'),
      isRowHeader: true,
      render: (b) => <Link to={`/meddelanden/${b.id}`}>{b.title}</Link>,
    },
    {
      key: 'urgency',
      header: t('bulletins:list.urgency'),
      render: (b) => <Tag variant={urgencyVariant[b.urgency]}>{t(`bulletins:urgency.${b.urgency}`)}</Tag>,
    },
    { key: 'network', header: t('bulletins:list.network'), render: (b) => b.networkName },
    { key: 'from', header: t('bulletins:list.from'), render: (b) => b.senderOrgName },
    { key: 'sent', header: t('bulletins:list.sent'), render: (b) => formatDateTime(b.sentAt) },
    { key: 'status', header: t('bulletins:list.status'), render: status },
  ];

  return (
    <>
      <h1>{t('bulletins:page.title')}</h1>
      <p className="lead">{t('bulletins:page.intro')}</p>
      {notice ? <Alert variant="success">{notice}</Alert> : null}
      {list.error ? <Alert variant="error">{list.error.message}</Alert> : null}
      {list.loading && !list.data ? <Spinner label={t('common:status.loading')} /> : null}
      {list.data ? (
        <Table
          caption={t('bulletins:list.caption')}
          captionHidden
          columns={columns}
          rows={list.data.bulletins}
          rowKey={(b) => b.id}
          empty={t('bulletins:list.none')}
        />
      ) : null}
      {list.data && list.data.sendableNetworks.length > 0 ? (
        <SendBulletinForm
          networks={list.data.sendableNetworks}
          onSent={(d) => {
            setNotice(
              t('bulletins:send.sent', { title: d.bulletin.title, count: d.bulletin.counts?.total ?? 0 }),
            );
            list.reload();
          }}
        />
      ) : null}
    </>
  );
}
