import './reports.css';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { useAuth } from '../../auth/AuthProvider';
import { Alert } from '../../components/Alert';
import { ButtonLink } from '../../components/Button';
import { Spinner } from '../../components/Spinner';
import { Table, type TableColumn } from '../../components/Table';
import { Tag } from '../../components/Tag';
import { formatDateTime } from '../../i18n/format';
import { deadlineText, roundTitle, statusVariant } from './report-format';
import type { ReportTodo, TodoItem } from './report-types';

function DueCard({ item, now, t }: { item: TodoItem; now: Date; t: TFunction }) {
  const { round } = item;
  const action = item.status === 'draft' ? t('reports:todo.continue') : t('reports:todo.report');
  return (
    <li className={`todo-card todo-card--${item.status}`}>
      <h3 className="todo-card__title">{roundTitle(t, round)}</h3>
      <p className="todo-card__network">{round.networkName}</p>
      <p>
        {round.state === 'upcoming' ? (
          <Tag>{t('reports:status.upcoming')}</Tag>
        ) : (
          <Tag variant={statusVariant[item.status]}>{t(`reports:status.${item.status}`)}</Tag>
        )}
      </p>
      <p className="todo-card__deadline">{deadlineText(t, round, now)}</p>
      {item.canFile ? (
        <ButtonLink to={`/rapporter/${round.id}`}>
          {action}
          <span className="visually-hidden"> – {roundTitle(t, round)}</span>
        </ButtonLink>
      ) : (
        <Link to={`/rapporter/${round.id}`}>{t('reports:todo.view')}</Link>
      )}
    </li>
  );
}

/** "/" — Att göra: what the organisation has to report, by when, and what is late. */
export function TodoPage() {
  const { t } = useTranslation(['reports', 'common']);
  const { user } = useAuth();
  const todo = useApi<ReportTodo>('/api/reports/todo');
  const now = todo.data ? new Date(todo.data.now) : new Date();
  const items = todo.data?.items ?? [];
  const due = items.filter(
    (i) => i.round.state !== 'upcoming' && ['not_started', 'draft', 'missing'].includes(i.status),
  );
  const upcoming = items.filter((i) => i.round.state === 'upcoming');
  const done = items
    .filter((i) => i.status === 'submitted' || i.status === 'late')
    .sort((a, b) => b.round.deadlineAt.localeCompare(a.round.deadlineAt));

  const columns: TableColumn<TodoItem>[] = [
    {
      key: 'round',
      header: t('reports:todo.round'),
      isRowHeader: true,
      render: (i) => <Link to={`/rapporter/${i.round.id}`}>{roundTitle(t, i.round)}</Link>,
    },
    { key: 'network', header: t('reports:todo.network'), render: (i) => i.round.networkName },
    {
      key: 'status',
      header: t('reports:todo.status'),
      render: (i) => (
        <>
          <Tag variant={statusVariant[i.status]}>{t(`reports:status.${i.status}`)}</Tag>
          {i.hasPendingRevision ? (
            <span className="report-sub">{t('reports:todo.revisionPending')}</span>
          ) : null}
        </>
      ),
    },
    {
      key: 'submitted',
      header: t('reports:todo.submittedAt'),
      render: (i) => (i.submittedAt ? formatDateTime(i.submittedAt) : ''),
    },
  ];

  return (
    <>
      <h1>{t('reports:todo.title')}</h1>
      {user ? <p className="lead">{t('reports:todo.lead', { org: user.orgName })}</p> : null}
      {todo.error ? <Alert variant="error">{todo.error.message}</Alert> : null}
      {todo.loading && !todo.data ? <Spinner /> : null}
      {todo.data ? (
        <>
          <section aria-labelledby="due-title">
            <h2 id="due-title">{t('reports:todo.dueTitle')}</h2>
            {due.length === 0 ? (
              <p>{t('reports:todo.nothingDue')}</p>
            ) : (
              <ul className="todo-list">
                {due.map((item) => (
                  <DueCard key={item.round.id} item={item} now={now} t={t} />
                ))}
              </ul>
            )}
          </section>
          {upcoming.length > 0 ? (
            <section aria-labelledby="upcoming-title">
              <h2 id="upcoming-title">{t('reports:todo.upcomingTitle')}</h2>
              <ul className="todo-list">
                {upcoming.map((item) => (
                  <DueCard key={item.round.id} item={item} now={now} t={t} />
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="done-title">
            <h2 id="done-title">{t('reports:todo.doneTitle')}</h2>
            <Table
              caption={t('reports:todo.doneTitle')}
              captionHidden
              columns={columns}
              rows={done}
              rowKey={(i) => i.round.id}
              empty={t('reports:todo.nothingDone')}
            />
          </section>
        </>
      ) : null}
    </>
  );
}
