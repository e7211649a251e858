import './consultations.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { useAuth } from '../../auth/AuthProvider';
import { Alert } from '../../components/Alert';
import { ButtonLink } from '../../components/Button';
import { Spinner } from '../../components/Spinner';
import { Table, type TableColumn } from '../../components/Table';
import { Tag } from '../../components/Tag';
import { formatDate } from '../../i18n/format';
import { type ConsultationSummary, deadlineDay, statusVariant } from './consultation-types';

/** /remisser — what the own organisation has to answer, then open and closed consultations. */
export function ConsultationsPage() {
  const { t } = useTranslation(['consultations', 'common']);
  const { user } = useAuth();
  const list = useApi<{ consultations: ConsultationSummary[] }>('/api/consultations');
  const coordinates = (user?.networks ?? []).some((n) => n.isCoordinator);
  const all = list.data?.consultations ?? [];
  const toAnswer = all.filter((c) => c.isOpen && c.myStatus === 'not_answered');
  const open = all.filter((c) => c.isOpen);
  const closed = all.filter((c) => !c.isOpen);

  const columns: TableColumn<ConsultationSummary>[] = [
    {
      key: 'title',
      header: t('consultations:list.columns.title'),
      isRowHeader: true,
      render: (c) => (
        <>
          <Link to={`/remisser/${c.id}`}>{c.title}</Link>
          <span className="consultation-muted">{c.networkName}</span>
        </>
      ),
    },
    {
      key: 'deadline',
      header: t('consultations:list.columns.deadline'),
      render: (c) => formatDate(deadlineDay(c.deadline)),
    },
    {
      key: 'answered',
      header: t('consultations:list.columns.answered'),
      align: 'end',
      render: (c) =>
        t('consultations:list.answeredOf', { answered: c.answeredCount, total: c.recipientCount }),
    },
    {
      key: 'mine',
      header: t('consultations:list.columns.mine'),
      render: (c) =>
        c.myStatus ? (
          <Tag variant={statusVariant[c.myStatus]}>{t(`consultations:status.${c.myStatus}`)}</Tag>
        ) : (
          <span className="consultation-muted">{t('consultations:list.notAddressed')}</span>
        ),
    },
  ];

  return (
    <>
      <h1>{t('consultations:list.title')}</h1>
      <p className="lead">{t('consultations:list.intro')}</p>
      {coordinates ? (
        <p>
          <ButtonLink to="/remisser/ny">{t('consultations:list.new')}</ButtonLink>
        </p>
      ) : null}
      {list.error ? <Alert variant="error">{list.error.message}</Alert> : null}
      {list.loading && !list.data ? <Spinner label={t('common:status.loading')} /> : null}
      {list.data ? (
        <>
          <section aria-labelledby="to-answer" className="consultation-section">
            <h2 id="to-answer">{t('consultations:list.toAnswer', { org: user?.orgName ?? '' })}</h2>
            {toAnswer.length === 0 ? (
              <p>{t('consultations:list.nothingToAnswer')}</p>
            ) : (
              <ul className="consultation-todo">
                {toAnswer.map((c) => (
                  <li key={c.id}>
                    <Link to={`/remisser/${c.id}`}>{c.title}</Link>{' '}
                    <span className="consultation-muted">
                      {t('consultations:list.answerBy', { date: formatDate(deadlineDay(c.deadline)) })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="open-consultations" className="consultation-section">
            <h2 id="open-consultations">{t('consultations:list.open')}</h2>
            <Table
              caption={t('consultations:list.open')}
              captionHidden
              columns={columns}
              rows={open}
              rowKey={(c) => c.id}
              empty={t('consultations:list.noneOpen')}
            />
          </section>
          <section aria-labelledby="closed-consultations" className="consultation-section">
            <h2 id="closed-consultations">{t('consultations:list.closed')}</h2>
            <Table
              caption={t('consultations:list.closed')}
              captionHidden
              columns={columns}
              rows={closed}
              rowKey={(c) => c.id}
              empty={t('consultations:list.noneClosed')}
            />
          </section>
        </>
      ) : null}
    </>
  );
}
