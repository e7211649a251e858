import { useTranslation } from 'react-i18next';
import { Table, type TableColumn } from '../../components/Table';
import { Tag } from '../../components/Tag';
import { formatDate } from '../../i18n/format';
import { ActionStatusButton } from './ActionStatusButton';
import { ownerText } from './meeting-format';
import type { ActionItem } from './meeting-types';

/** Actions with owner, due date, status and an overdue flag (in words, not only colour). */
export function ActionsTable<A extends ActionItem>({
  caption,
  actions,
  extraColumns = [],
  canUpdate,
  onChanged,
  onError,
  empty,
}: {
  caption: string;
  actions: readonly A[];
  extraColumns?: TableColumn<A>[];
  canUpdate: (a: A) => boolean;
  onChanged: (a: ActionItem) => void;
  onError: (message: string) => void;
  empty: string;
}) {
  const { t } = useTranslation('meetings');
  const columns: TableColumn<A>[] = [
    { key: 'text', header: t('meetings:actions.text'), isRowHeader: true, render: (a) => a.text },
    ...extraColumns,
    { key: 'owner', header: t('meetings:actions.owner'), render: (a) => ownerText(a) },
    {
      key: 'due',
      header: t('meetings:actions.due'),
      render: (a) => (
        <>
          {a.dueDate ? formatDate(`${a.dueDate}T12:00:00Z`) : t('meetings:actions.noDue')}{' '}
          {a.overdue ? <Tag variant="error">{t('meetings:actions.overdue')}</Tag> : null}
        </>
      ),
    },
    {
      key: 'status',
      header: t('meetings:actions.status'),
      render: (a) => t(`meetings:actionStatus.${a.status}`),
    },
    {
      key: 'do',
      header: t('meetings:actions.change'),
      render: (a) =>
        canUpdate(a) && a.status !== 'cancelled' ? (
          <ActionStatusButton action={a} onChanged={onChanged} onError={onError} />
        ) : null,
    },
  ];
  return (
    <Table
      caption={caption}
      captionHidden
      columns={columns}
      rows={actions}
      rowKey={(a) => a.id}
      empty={empty}
    />
  );
}
