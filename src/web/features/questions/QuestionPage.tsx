import '../admin/admin.css';
import './questions.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { type DefinitionItem, DefinitionList } from '../../components/DefinitionList';
import { Spinner } from '../../components/Spinner';
import { Tag } from '../../components/Tag';
import { formatDateTime } from '../../i18n/format';
import { usePageTitle } from '../../layout/page-title';
import { type ActionProps, AnswerForm, AssignForm, TagsForm } from './QuestionActions';
import { type QuestionDetail, statusVariant } from './question-types';

/** /fragor/:id — one question: the answer once published, and assigning or answering for those who may. */
export function QuestionPage() {
  const { t } = useTranslation(['questions', 'common']);
  const { id = '' } = useParams();
  const detail = useApi<QuestionDetail>(`/api/questions/${encodeURIComponent(id)}`);
  const [notice, setNotice] = useState<{ variant: 'success' | 'warning'; text: string } | null>(null);
  const q = detail.data?.question;
  usePageTitle(q?.title ?? null);

  const actions: ActionProps | null = detail.data
    ? {
        detail: detail.data,
        onDone: (d, message) => {
          detail.setData(d);
          setNotice({ variant: 'success', text: message });
        },
        onConflict: () => {
          setNotice({ variant: 'warning', text: t('questions:conflict') });
          detail.reload();
        },
      }
    : null;

  const meta: DefinitionItem[] = q
    ? [
        {
          term: t('questions:detail.to'),
          description: q.toCoordinator
            ? t('questions:toCoordinator', { name: q.addressedOrgName })
            : q.addressedOrgName,
        },
        {
          term: t('questions:detail.askedBy'),
          description: q.askerName ? `${q.askerName}, ${q.askerOrgName}` : q.askerOrgName,
        },
        { term: t('questions:detail.askedAt'), description: formatDateTime(q.createdAt) },
        ...(q.assigneeName ? [{ term: t('questions:detail.assignee'), description: q.assigneeName }] : []),
        ...(q.answeredAt
          ? [
              { term: t('questions:detail.answeredBy'), description: q.answeredByName ?? '' },
              { term: t('questions:detail.answeredAt'), description: formatDateTime(q.answeredAt) },
            ]
          : []),
        {
          term: t('questions:detail.tags'),
          description: q.tags.length > 0 ? q.tags.join(', ') : t('questions:detail.noTags'),
        },
      ]
    : [];

  return (
    <>
      <p>
        <Link to={q ? `/fragor?natverk=${q.networkId}` : '/fragor'}>{t('questions:detail.back')}</Link>
      </p>
      <h1>{q?.title ?? t('questions:page.title')}</h1>
      {notice ? <Alert variant={notice.variant}>{notice.text}</Alert> : null}
      {detail.error ? <Alert variant="error">{detail.error.message}</Alert> : null}
      {detail.loading && !detail.data ? <Spinner label={t('common:status.loading')} /> : null}
      {q && actions ? (
        <>
          <p>
            <Tag variant={statusVariant[q.status]}>{t(`questions:status.${q.status}`)}</Tag>
          </p>
          <h2 className="visually-hidden">{t('questions:detail.meta')}</h2>
          <DefinitionList items={meta} />
          <h2>{t('questions:detail.question')}</h2>
          <p className="question-text">{q.body}</p>
          <h2>{t('questions:detail.answer')}</h2>
          {q.answer ? <p className="question-text">{q.answer}</p> : <p>{t('questions:detail.noAnswer')}</p>}
          {detail.data?.canAssign ? <AssignForm key={`a${q.version}`} {...actions} /> : null}
          {detail.data?.canAnswer ? <AnswerForm key={`b${q.version}`} {...actions} /> : null}
          {detail.data?.canEditTags ? <TagsForm key={`c${q.version}`} {...actions} /> : null}
        </>
      ) : null}
    </>
  );
}
