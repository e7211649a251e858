import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../api/client';
import { Table, type TableColumn } from '../../components/Table';
import { Tag } from '../../components/Tag';
import { formatDateTime } from '../../i18n/format';
import { AttachmentLink } from '../attachments';
import { type ConsultationAnswer, type ConsultationDetail, statusVariant } from './consultation-types';

/** For the coordinator: who answered, who has no comments, who has not answered; and the exports. */
export function AnswersCompilation({ consultation }: { consultation: ConsultationDetail }) {
  const { t } = useTranslation('consultations');
  const answers = consultation.answers ?? [];
  const counts = consultation.counts ?? { comments: 0, noComments: 0, notAnswered: 0 };
  const columns: TableColumn<ConsultationAnswer>[] = [
    { key: 'org', header: t('compilation.columns.org'), isRowHeader: true, render: (a) => a.orgName },
    {
      key: 'status',
      header: t('compilation.columns.status'),
      render: (a) => <Tag variant={statusVariant[a.status]}>{t(`status.${a.status}`)}</Tag>,
    },
    {
      key: 'answer',
      header: t('compilation.columns.answer'),
      render: (a) => (
        <>
          {a.text ? <span className="consultation-answer-text">{a.text}</span> : null}
          {a.attachment ? (
            <span className="consultation-muted">
              <AttachmentLink attachment={a.attachment} />
            </span>
          ) : null}
        </>
      ),
    },
    {
      key: 'answered',
      header: t('compilation.columns.answered'),
      render: (a) =>
        a.answeredAt ? (
          <>
            {formatDateTime(a.answeredAt)}
            <span className="consultation-muted">{a.answeredByName}</span>
          </>
        ) : null,
    },
  ];
  const base = `/api/consultations/${consultation.id}`;
  return (
    <section aria-labelledby="compilation-heading" className="consultation-section">
      <h2 id="compilation-heading">{t('compilation.title')}</h2>
      <p>
        {t('compilation.summary', {
          total: answers.length,
          comments: counts.comments,
          noComments: counts.noComments,
          notAnswered: counts.notAnswered,
        })}
      </p>
      <ul className="consultation-exports">
        <li>
          <a href={apiUrl(`${base}/answers.pdf`)} download>
            {t('compilation.pdf')}
          </a>
        </li>
        <li>
          <a href={apiUrl(`${base}/answers.xlsx`)} download>
            {t('compilation.xlsx')}
          </a>
        </li>
      </ul>
      <Table caption={t('compilation.caption')} columns={columns} rows={answers} rowKey={(a) => a.orgId} />
    </section>
  );
}
