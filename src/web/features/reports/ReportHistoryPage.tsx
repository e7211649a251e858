import './reports.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TemplateDefinition } from '../../../core/reports/template-definition';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Details } from '../../components/Details';
import { Spinner } from '../../components/Spinner';
import { Tag } from '../../components/Tag';
import { formatDateTime } from '../../i18n/format';
import { usePageTitle } from '../../layout/page-title';
import { AnswerValue } from './AnswerValue';
import { answerLabel, inFormOrder, splitKey } from './form-model';
import { weekName } from './report-format';
import type { ReportHistory } from './report-types';

type Revision = ReportHistory['revisions'][number];

function DiffTable({
  def,
  revision,
  before,
}: {
  def: TemplateDefinition;
  revision: Revision;
  before: Revision | undefined;
}) {
  const { t, i18n } = useTranslation('reports');
  return (
    <table className="table history-diff">
      <caption className="visually-hidden">{t('history.caption', { version: revision.version })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('history.question')}</th>
          {before ? <th scope="col">{t('history.before')}</th> : null}
          <th scope="col">{before ? t('history.after') : t('history.answer')}</th>
        </tr>
      </thead>
      <tbody>
        {inFormOrder(def, revision.diff).map((d) => (
          <tr key={d.key}>
            <th scope="row">
              {answerLabel(def, d.key, i18n.language)}
              {splitKey(d.key)[0] === 'comment' ? ` – ${t('comment.label')}` : ''}
            </th>
            {before ? (
              <td>
                <AnswerValue answers={before.answers} answerKey={d.key} />
              </td>
            ) : null}
            <td>
              <AnswerValue answers={revision.answers} answerKey={d.key} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** /rapporter/historik/:reportId — every saved and submitted version, what changed and who. */
export function ReportHistoryPage() {
  const { t } = useTranslation(['reports', 'common']);
  const { reportId = '' } = useParams();
  const history = useApi<ReportHistory>(`/api/reports/${encodeURIComponent(reportId)}/history`);
  const data = history.data;
  usePageTitle(
    data
      ? t('reports:history.pageTitle', { name: data.report.templateName, week: weekName(t, data.report) })
      : null,
  );

  return (
    <>
      {data ? (
        <p className="back-link">
          <Link to={`/rapporter/${data.report.roundId}`}>{t('reports:history.back')}</Link>
        </p>
      ) : null}
      <h1>
        {t('reports:history.title')}
        {data ? (
          <span className="heading-sub">
            {data.report.templateName}, {weekName(t, data.report)}
          </span>
        ) : null}
      </h1>
      {history.error ? <Alert variant="error">{history.error.message}</Alert> : null}
      {history.loading && !data ? <Spinner /> : null}
      {data ? (
        <ol className="history-list">
          {data.revisions.map((revision, index) => {
            // Newest first: the version before this one is the next in the list.
            const before = data.revisions[index + 1];
            return (
              <li key={revision.version} className="history-item">
                <h2 className="history-item__title">
                  <Tag variant={revision.status === 'submitted' ? 'success' : 'info'}>
                    {t(
                      revision.status === 'submitted' ? 'reports:history.submitted' : 'reports:history.draft',
                    )}
                  </Tag>{' '}
                  {formatDateTime(revision.at)} · {revision.actorName ?? t('reports:history.system')}
                </h2>
                {!before ? (
                  <Details summary={t('reports:history.first', { count: revision.diff.length })}>
                    <DiffTable def={data.report.definition} revision={revision} before={undefined} />
                  </Details>
                ) : revision.diff.length === 0 ? (
                  <p className="muted">{t('reports:history.noChanges')}</p>
                ) : (
                  <DiffTable def={data.report.definition} revision={revision} before={before} />
                )}
              </li>
            );
          })}
        </ol>
      ) : null}
    </>
  );
}
