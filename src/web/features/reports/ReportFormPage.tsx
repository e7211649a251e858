import './reports.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { useAuth } from '../../auth/AuthProvider';
import { Alert } from '../../components/Alert';
import { Spinner } from '../../components/Spinner';
import { Tag } from '../../components/Tag';
import { formatDateTime } from '../../i18n/format';
import { usePageTitle } from '../../layout/page-title';
import { FilingForm } from './FilingForm';
import { deadlineText, formatDeadline, roundTitle, weekName } from './report-format';
import type { ReportForm, SubmitResult } from './report-types';

function StatusLine({ form }: { form: ReportForm }) {
  const { t } = useTranslation('reports');
  const report = form.report;
  if (!report) return <Tag>{t('status.not_started')}</Tag>;
  if (report.status === 'draft') return <Tag variant="info">{t('status.draft')}</Tag>;
  return (
    <>
      <Tag variant={report.isLate ? 'warning' : 'success'}>
        {t(report.isLate ? 'status.late' : 'status.submitted')}
      </Tag>{' '}
      {report.submittedAt ? t('form.submittedAt', { when: formatDateTime(report.submittedAt) }) : null}
    </>
  );
}

function ClosedNotice({ form }: { form: ReportForm }) {
  const { t } = useTranslation('reports');
  if (form.closedReason === 'not_open') {
    return <Alert variant="info">{t('closed.notOpen', { when: formatDeadline(form.round.opensAt) })}</Alert>;
  }
  if (form.closedReason === 'deadline_passed')
    return <Alert variant="info">{t('closed.deadlinePassed')}</Alert>;
  if (form.closedReason === 'not_allowed') return <Alert variant="info">{t('closed.notAllowed')}</Alert>;
  if (form.round.state === 'closed') {
    return (
      <Alert variant="warning">{t('closed.late', { when: formatDeadline(form.round.deadlineAt) })}</Alert>
    );
  }
  return null;
}

/** The receipt after a submission: when it arrived, and whether it counts as late. */
function Receipt({ result }: { result: SubmitResult }) {
  const { t } = useTranslation('reports');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const at = result.report.submittedAt ?? result.report.updatedAt;
  return (
    <div ref={ref} tabIndex={-1} className="receipt">
      <Alert variant="success" title={t('receipt.title')}>
        <p>{t('receipt.text', { when: formatDateTime(at) })}</p>
        {result.report.isLate ? <p>{t('receipt.late')}</p> : null}
        {result.dropped.length > 0 ? <p>{t('receipt.dropped', { count: result.dropped.length })}</p> : null}
        <p>
          <Link to="/">{t('receipt.back')}</Link>
        </p>
      </Alert>
    </div>
  );
}

/** /rapporter/:roundId — the organisation's report for a round. */
export function ReportFormPage() {
  const { t } = useTranslation(['reports', 'common']);
  const { roundId = '' } = useParams();
  const { user } = useAuth();
  const [receipt, setReceipt] = useState<SubmitResult | null>(null);
  const path = user ? `/api/rounds/${encodeURIComponent(roundId)}/reports/${user.orgId}/form` : null;
  const form = useApi<ReportForm>(path);
  const data = form.data;
  usePageTitle(data ? roundTitle(t, data.round) : null);

  return (
    <>
      <p className="back-link">
        <Link to="/">{t('reports:form.back')}</Link>
      </p>
      <h1>
        {data ? data.round.templateName : t('reports:form.title')}
        {data ? <span className="heading-sub">{weekName(t, data.round)}</span> : null}
      </h1>
      {form.error && !data ? <Alert variant="error">{form.error.message}</Alert> : null}
      {!data && !form.error ? <Spinner label={t('common:status.loading')} /> : null}
      {data ? (
        <>
          <p className="report-meta">
            {data.round.networkName} · {deadlineText(t, data.round, new Date(data.now))}
          </p>
          <p className="report-meta">
            <StatusLine form={data} />
            {data.report ? (
              <>
                {' · '}
                <Link to={`/rapporter/historik/${data.report.id}`}>{t('reports:form.history')}</Link>
              </>
            ) : null}
          </p>
          {receipt ? <Receipt result={receipt} /> : null}
          <ClosedNotice form={data} />
          <FilingForm
            key={`${data.round.id}:${data.report?.version ?? 0}`}
            form={data}
            orgId={user?.orgId ?? ''}
            onSubmitted={(result) => {
              setReceipt(result);
              form.reload();
            }}
            onDiscarded={() => {
              setReceipt(null);
              form.reload();
            }}
          />
        </>
      ) : null}
    </>
  );
}
