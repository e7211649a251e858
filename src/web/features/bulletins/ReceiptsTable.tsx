import { useTranslation } from 'react-i18next';
import { Table, type TableColumn } from '../../components/Table';
import { formatDateTime } from '../../i18n/format';
import type { RecipientReceipt } from './bulletin-types';

/** Who has read and acknowledged, for the sender and coordinators; those still pending sort first. */
export function ReceiptsTable({ rows }: { rows: RecipientReceipt[] }) {
  const { t } = useTranslation('bulletins');
  const when = (value: string | null) => (value ? formatDateTime(value) : t('detail.notYet'));
  const columns: TableColumn<RecipientReceipt>[] = [
    { key: 'name', header: t('detail.recipient'), isRowHeader: true, sortValue: (r) => r.name },
    { key: 'org', header: t('detail.org'), sortValue: (r) => r.orgName },
    { key: 'read', header: t('detail.readAt'), render: (r) => when(r.readAt), sortValue: (r) => r.readAt },
    {
      key: 'ack',
      header: t('detail.acknowledgedAt'),
      render: (r) => when(r.acknowledgedAt),
      sortValue: (r) => r.acknowledgedAt,
    },
    { key: 'mails', header: t('detail.mails'), align: 'end', sortValue: (r) => r.mailCount },
  ];
  const ordered = [...rows].sort(
    (a, b) => Number(Boolean(a.acknowledgedAt)) - Number(Boolean(b.acknowledgedAt)),
  );
  return (
    <Table
      caption={t('detail.receipts')}
      captionHidden
      columns={columns}
      rows={ordered}
      rowKey={(r) => r.userId}
    />
  );
}
