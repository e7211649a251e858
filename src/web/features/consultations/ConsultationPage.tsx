import './consultations.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { DefinitionList } from '../../components/DefinitionList';
import { Spinner } from '../../components/Spinner';
import { Tag } from '../../components/Tag';
import { formatDate, formatDateTime } from '../../i18n/format';
import { usePageTitle } from '../../layout/page-title';
import { AttachmentLink } from '../attachments';
import { AnswerForm } from './AnswerForm';
import { AnswersCompilation } from './AnswersCompilation';
import { type ConsultationDetail, deadlineDay, statusVariant } from './consultation-types';
import { DeadlineForm } from './DeadlineForm';

/** /remisser/:id — the document, the own organisation's answer and, for coordinators, all answers. */
export function ConsultationPage() {
  const { t } = useTranslation(['consultations', 'common']);
  const { consultationId = '' } = useParams();
  const location = useLocation();
  const justSent = (location.state as { sent?: boolean } | null)?.sent === true;
  const detail = useApi<ConsultationDetail>(`/api/consultations/${encodeURIComponent(consultationId)}`);
  const [notice, setNotice] = useState<string | null>(justSent ? t('consultations:detail.sent') : null);
  const c = detail.data;
  usePageTitle(c ? c.title : null);

  return (
    <>
      <p>
        <Link to="/remisser">{t('consultations:detail.back')}</Link>
      </p>
      <h1>{c ? c.title : t('consultations:detail.title')}</h1>
      {notice ? (
        <Alert variant="success" className="consultation-notice">
          {notice}
        </Alert>
      ) : null}
      {detail.error ? <Alert variant="error">{detail.error.message}</Alert> : null}
      {detail.loading && !c ? <Spinner label={t('common:status.loading')} /> : null}
      {c ? (
        <>
          <DefinitionList
            items={[
              { key: 'network', term: t('consultations:detail.network'), description: c.networkName },
              {
                key: 'deadline',
                term: t('consultations:detail.deadline'),
                description: (
                  <>
                    {formatDate(deadlineDay(c.deadline), { dateStyle: 'full' })}{' '}
                    <Tag variant={c.isOpen ? 'success' : 'neutral'}>
                      {c.isOpen ? t('consultations:detail.open') : t('consultations:detail.closed')}
                    </Tag>
                  </>
                ),
              },
              { key: 'sent', term: t('consultations:detail.sentAt'), description: formatDateTime(c.sentAt) },
              {
                key: 'document',
                term: t('consultations:detail.document'),
                description: <AttachmentLink attachment={c.attachment} />,
              },
              ...(c.myStatus
                ? [
                    {
                      key: 'mine',
                      term: t('consultations:detail.myStatus'),
                      description: (
                        <Tag variant={statusVariant[c.myStatus]}>
                          {t(`consultations:status.${c.myStatus}`)}
                        </Tag>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          {c.description ? <p className="consultation-description">{c.description}</p> : null}
          {c.canAnswer ? (
            <AnswerForm
              consultation={c}
              onSaved={(answer, message) => {
                setNotice(message);
                detail.setData({ ...c, myAnswer: answer, myStatus: answer.status });
                detail.reload();
              }}
            />
          ) : null}
          {!c.canAnswer && c.myStatus && !c.isOpen ? (
            <section aria-labelledby="answer-heading" className="consultation-section">
              <h2 id="answer-heading">{t('consultations:answer.title')}</h2>
              <p>{t('consultations:answer.closed')}</p>
              {c.myAnswer?.text ? <p className="consultation-answer-text">{c.myAnswer.text}</p> : null}
              {c.myAnswer?.attachment ? <AttachmentLink attachment={c.myAnswer.attachment} /> : null}
            </section>
          ) : null}
          {c.isCoordinator ? (
            <>
              <AnswersCompilation consultation={c} />
              <DeadlineForm
                key={`${c.deadline}-${c.deadlineChanges}`}
                consultation={c}
                onSaved={(next) => {
                  detail.setData(next);
                  setNotice(
                    t('consultations:deadline.saved', { date: formatDate(deadlineDay(next.deadline)) }),
                  );
                }}
              />
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}
