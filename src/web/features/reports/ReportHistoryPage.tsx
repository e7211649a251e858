import './reports.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Spinner } from '../../components/Spinner';
import { Tag } from '../../components/Tag';
import { formatDateTime } from '../../i18n/format';
import { usePageTitle } from '../../layout/page-title';
import { AnswerValue } from './AnswerValue';
import { answerLabel, splitKey } from './form-model';
import type { ReportHistory } from './report-types';

/** /rapporter/historik/:reportId — every saved and submitted version, what changed and who. */
export function ReportHistoryPage() {
  const { t, i18n } = useTranslation(['reports', 'common']);
  const { reportId = '' } = useParams();
  const history = useApi<ReportHistory>(`/api/reports/${encodeURIComponent(reportId)}/history`);
  const data = history.data;
  usePageTitle(
    data ? t('reports:history.pageTitle', { name: data.report.templateName, week: data.report.label }) : null,
  );
  const revisions = data?.revisions ?? [];

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
            {data.report.templateName}, {data.report.label}
          </span>
        ) : null}
      </h1>
      {history.error ? <Alert variant="error">{history.error.message}</Alert> : null}
      {history.loading && !data ? <Spinner /> : null}
      <ol className="history-list">
        {data &&
          revisions.map((revision, index) => {
            const before = revisions[index + 1];
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
                {revision.diff.length === 0 ? (
                  <p className="muted">{t('reports:history.noChanges')}</p>
                ) : (
                  <table className="table history-diff">
                    <caption className="visually-hidden">
                      {t('reports:history.caption', { version: revision.version })}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('reports:history.question')}</th>
                        <th scope="col">{t('reports:history.before')}</th>
                        <th scope="col">{t('reports:history.after')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {revision.diff.map((d) => (
                        <tr key={d.key}>
                          <th scope="row">
                            {answerLabel(data.report.definition, d.key, i18n.language)}
                            {splitKey(d.key)[0] === 'comment' ? ` – ${t('reports:comment.label')}` : ''}
                          </th>
                          <td>{before ? <AnswerValue answers={before.answers} answerKey={d.key} /> : '–'}</td>
                          <td>
                            <AnswerValue answers={revision.answers} answerKey={d.key} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </li>
            );
          })}
      </ol>
    </>
  );
}
