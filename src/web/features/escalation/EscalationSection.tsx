import '../admin/admin.css';
import './escalation.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ImpactBadge } from '../../components/ImpactBadge';
import type { ImpactLevel } from '../../components/impact';
import { Spinner } from '../../components/Spinner';
import { Tag } from '../../components/Tag';
import { formatDate, formatDateTime } from '../../i18n/format';
import { EscalateDialog } from './EscalateDialog';
import type { EscalatableReport, Escalated, LinkedItem } from './escalation-types';

const actionVariant = { open: 'info', done: 'success', cancelled: 'neutral' } as const;

function LinkedItems({ items }: { items: LinkedItem[] }) {
  const { t } = useTranslation('escalation');
  return (
    <div className="escalation-linked">
      <h4>{t('linked.title')}</h4>
      <ul>
        {items.map((item) => (
          <li key={item.agendaItemId}>
            <Link to={`/moten/${item.meetingId}`}>
              {t('linked.agendaItem', {
                meeting: item.meetingTitle,
                date: formatDateTime(item.meetingStartsAt),
                topic: item.topic,
              })}
            </Link>
            {item.decisions.length > 0 ? (
              <>
                <p className="escalation-linked__label">{t('linked.decisions')}</p>
                <ul>
                  {item.decisions.map((d) => (
                    <li key={d.id}>{d.text}</li>
                  ))}
                </ul>
              </>
            ) : item.minutesStatus !== 'published' ? (
              <p className="muted">{t('linked.draftMinutes')}</p>
            ) : null}
            {item.actions.length > 0 ? (
              <>
                <p className="escalation-linked__label">{t('linked.actions')}</p>
                <ul>
                  {item.actions.map((a) => (
                    <li key={a.id}>
                      {a.text}{' '}
                      <Tag variant={actionVariant[a.status as keyof typeof actionVariant] ?? 'neutral'}>
                        {t(`linked.status.${a.status}`, { defaultValue: a.status })}
                      </Tag>
                      {a.dueDate ? ` ${t('linked.due', { date: formatDate(a.dueDate) })}` : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * On an organisation's history in the picture: its Allvarlig/Kritisk reports and repeated
 * needs for support, what the network made of them, and (coordinators) "take it up".
 */
export function EscalationSection({
  networkId,
  orgId,
  orgName,
}: {
  networkId: string;
  orgId: string;
  orgName: string;
}) {
  const { t } = useTranslation(['escalation', 'common']);
  const data = useApi<{ canEscalate: boolean; reports: EscalatableReport[] }>(
    `/api/networks/${encodeURIComponent(networkId)}/organisations/${encodeURIComponent(orgId)}/escalations`,
  );
  const [escalating, setEscalating] = useState<EscalatableReport | null>(null);
  const [done, setDone] = useState<{ meetingId: string; text: string } | null>(null);

  const roundLabel = (r: EscalatableReport) =>
    r.round.kind === 'extra' && r.round.title
      ? t('escalation:report.extraRound', {
          title: r.round.title,
          week: r.round.isoWeek,
          year: r.round.isoYear,
        })
      : t('escalation:report.round', { week: r.round.isoWeek, year: r.round.isoYear });

  const onDone = (report: EscalatableReport, result: Escalated) => {
    setEscalating(null);
    const item = result.escalations.find((e) => e.agendaItemId === result.agendaItemId);
    setDone({
      meetingId: result.meetingId,
      text: t('escalation:escalate.done', {
        meeting: item?.meetingTitle ?? '',
        date: item ? formatDateTime(item.meetingStartsAt) : '',
      }),
    });
    if (data.data) {
      data.setData({
        ...data.data,
        reports: data.data.reports.map((r) =>
          r.reportId === report.reportId ? { ...r, escalations: result.escalations } : r,
        ),
      });
    }
  };

  return (
    <section className="picture-section escalation-section" aria-labelledby="escalation-title">
      <h2 id="escalation-title">{t('escalation:section.title')}</h2>
      <p>{t('escalation:section.intro')}</p>
      {done ? (
        <Alert variant="success">
          {done.text} <Link to={`/moten/${done.meetingId}`}>{t('escalation:escalate.toMeeting')}</Link>
        </Alert>
      ) : null}
      {data.error ? <Alert variant="error">{data.error.message}</Alert> : null}
      {data.loading && !data.data ? <Spinner label={t('escalation:section.loading')} /> : null}
      {data.data && data.data.reports.length === 0 ? <p>{t('escalation:section.none')}</p> : null}
      {data.data && data.data.reports.length > 0 ? (
        <ul className="escalation-reports">
          {data.data.reports.map((r) => (
            <li key={r.reportId} className="escalation-report">
              <h3>
                {roundLabel(r)} <span className="cell-sub">{r.templateName}</span>
              </h3>
              {r.submittedAt ? (
                <p className="muted">
                  {t('escalation:report.submitted', { date: formatDateTime(r.submittedAt) })}
                </p>
              ) : null}
              {r.seriousAreas.length > 0 ? (
                <ul className="escalation-areas">
                  {r.seriousAreas.map((a) => (
                    <li key={a.key}>
                      <strong>{a.label}</strong> <ImpactBadge level={a.impact as ImpactLevel} />
                      {a.comment ? <span className="escalation-comment">{a.comment}</span> : null}
                    </li>
                  ))}
                </ul>
              ) : null}
              {r.needs ? (
                <p>
                  <strong>{t('escalation:report.needs')}</strong>{' '}
                  {r.needsStreak > 1
                    ? `(${t('escalation:report.needsStreak', { count: r.needsStreak })})`
                    : null}
                  : {r.needs}
                </p>
              ) : null}
              {r.escalations.length > 0 ? <LinkedItems items={r.escalations} /> : null}
              {data.data?.canEscalate && r.eligible ? (
                <Button
                  variant="secondary"
                  onClick={() => {
                    setDone(null);
                    setEscalating(r);
                  }}
                >
                  {t('escalation:escalate.button')}
                  <span className="visually-hidden">
                    {' '}
                    {t('escalation:escalate.buttonFor', { round: roundLabel(r) })}
                  </span>
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <EscalateDialog
        networkId={networkId}
        orgName={orgName}
        report={escalating}
        roundLabel={escalating ? roundLabel(escalating) : ''}
        onClose={() => setEscalating(null)}
        onDone={onDone}
      />
    </section>
  );
}
