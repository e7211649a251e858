import '../admin/admin.css';
import './questions.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Spinner } from '../../components/Spinner';
import { AskQuestionForm } from './AskQuestionForm';
import { useChosenNetwork } from './NetworkPicker';
import { QuestionTable } from './QuestionTable';
import type { QuestionList } from './question-types';

/** /fragor — the network's Q&A, asking a question, the organisation's own questions and its inbox. */
export function QuestionsPage() {
  const { t } = useTranslation(['questions', 'common']);
  const { networkId, isCoordinator, picker } = useChosenNetwork();
  const inboxTitle = t(isCoordinator ? 'questions:list.inboxCoordinator' : 'questions:list.inbox');
  const [notice, setNotice] = useState<string | null>(null);
  const base = networkId ? `/api/networks/${encodeURIComponent(networkId)}/questions` : null;
  const published = useApi<QuestionList>(base, { query: { scope: 'published' } });
  const mine = useApi<QuestionList>(base, { query: { scope: 'mine' } });
  const inbox = useApi<QuestionList>(base, { query: { scope: 'inbox' } });
  const error = published.error ?? mine.error ?? inbox.error;

  return (
    <>
      <h1>{t('questions:page.title')}</h1>
      <p className="lead">{t('questions:page.intro')}</p>
      {!networkId ? <p>{t('questions:page.noNetworks')}</p> : null}
      {picker}
      {notice ? <Alert variant="success">{notice}</Alert> : null}
      {error ? <Alert variant="error">{error.message}</Alert> : null}
      {published.loading && !published.data ? <Spinner label={t('common:status.loading')} /> : null}
      {inbox.data?.hasInbox ? (
        <section aria-labelledby="questions-inbox">
          <h2 id="questions-inbox">{inboxTitle}</h2>
          <QuestionTable caption={inboxTitle} rows={inbox.data.questions} show="inbox" />
        </section>
      ) : null}
      {published.data ? (
        <section aria-labelledby="questions-published">
          <h2 id="questions-published">{t('questions:list.published')}</h2>
          <QuestionTable
            caption={t('questions:list.published')}
            rows={published.data.questions}
            show="published"
          />
        </section>
      ) : null}
      {mine.data && mine.data.questions.length > 0 ? (
        <section aria-labelledby="questions-mine">
          <h2 id="questions-mine">{t('questions:list.mine')}</h2>
          <QuestionTable caption={t('questions:list.mine')} rows={mine.data.questions} show="mine" />
        </section>
      ) : null}
      {networkId && published.data?.canAsk ? (
        <AskQuestionForm
          networkId={networkId}
          onAsked={(d) => {
            setNotice(
              t('questions:ask.sent', {
                title: d.question.title,
                to: d.question.toCoordinator
                  ? t('questions:toCoordinator', { name: d.question.addressedOrgName })
                  : d.question.addressedOrgName,
              }),
            );
            mine.reload();
            inbox.reload();
          }}
        />
      ) : null}
    </>
  );
}
