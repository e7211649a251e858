import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Table, type TableColumn } from '../../components/Table';
import { Tag } from '../../components/Tag';
import { formatDate } from '../../i18n/format';
import { type QuestionSummary, statusVariant } from './question-types';

/** One list of questions: published Q&A, the organisation's own, or its inbox. */
export function QuestionTable({
  caption,
  rows,
  show,
}: {
  caption: string;
  rows: QuestionSummary[];
  show: 'published' | 'mine' | 'inbox';
}) {
  const { t } = useTranslation('questions');
  const to = (q: QuestionSummary) =>
    q.toCoordinator ? t('toCoordinator', { name: q.addressedOrgName }) : q.addressedOrgName;
  const columns: TableColumn<QuestionSummary>[] = [
    {
      key: 'question',
      header: t('list.question'),
      isRowHeader: true,
      render: (q) => <Link to={`/fragor/${q.id}`}>{q.title}</Link>,
    },
    show === 'inbox'
      ? { key: 'from', header: t('list.from'), render: (q) => q.askerOrgName }
      : { key: 'to', header: t('list.to'), render: to },
    show === 'published'
      ? { key: 'tags', header: t('list.tags'), render: (q) => q.tags.join(', ') }
      : {
          key: 'status',
          header: t('list.status'),
          render: (q) => <Tag variant={statusVariant[q.status]}>{t(`status.${q.status}`)}</Tag>,
        },
    {
      key: 'date',
      header: t('list.date'),
      render: (q) => formatDate(q.answeredAt ?? q.createdAt),
      sortValue: (q) => q.answeredAt ?? q.createdAt,
    },
  ];
  return (
    <Table
      caption={caption}
      captionHidden
      columns={columns}
      rows={rows}
      rowKey={(q) => q.id}
      empty={t('list.none')}
    />
  );
}
