import '../admin/admin.css';
import './bulletins.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { DefinitionList } from '../../components/DefinitionList';
import { Spinner } from '../../components/Spinner';
import { Tag } from '../../components/Tag';
import { formatDateTime } from '../../i18n/format';
import { usePageTitle } from '../../layout/page-title';
import { notifyAlarmsChanged } from './alarm-events';
import { type BulletinDetail, urgencyVariant } from './bulletin-types';
import { ReceiptsTable } from './ReceiptsTable';

/** /meddelanden/:id — the bulletin, acknowledging it, and for the sender who has read and acknowledged. */
export function BulletinPage() {
  const { t } = useTranslation(['bulletins', 'registry', 'common']);
  const { id = '' } = useParams();
  const detail = useApi<BulletinDetail>(`/api/bulletins/${encodeURIComponent(id)}`);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reported = useRef<string | null>(null);
  const b = detail.data?.bulletin;
  usePageTitle(b?.title ?? null);

  // Opening the page is the read receipt (once per bulletin and visit).
  const setData = detail.setData;
  useEffect(() => {
    if (!b?.receipt || b.receipt.readAt || reported.current === b.id) return;
    reported.current = b.id;
    api
      .post<BulletinDetail>(`/api/bulletins/${b.id}/read`)
      .then(setData)
      .catch(() => {
        // The receipt is retried on the next visit; reading does not depend on it.
      });
  }, [b, setData]);

  const act = async (path: 'acknowledge' | 'resend') => {
    setBusy(true);
    setError(null);
    try {
      if (path === 'acknowledge') {
        detail.setData(await api.post<BulletinDetail>(`/api/bulletins/${id}/acknowledge`));
        setNotice(t('bulletins:detail.acknowledgedNow'));
        notifyAlarmsChanged();
      } else {
        const res = await api.post<{ resent: number; detail: BulletinDetail }>(`/api/bulletins/${id}/resend`);
        detail.setData(res.detail);
        setNotice(t('bulletins:detail.resent', { count: res.resent }));
      }
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : t('common:errors.unexpected'));
    } finally {
      setBusy(false);
    }
  };

  const audience = b
    ? b.audience === 'all'
      ? t('bulletins:audience.all')
      : b.functions.map((f) => t(`registry:functions.${f}`)).join(', ')
    : '';
  return (
    <>
      <p>
        <Link to="/meddelanden">{t('bulletins:detail.back')}</Link>
      </p>
      <h1>{b?.title ?? t('bulletins:page.title')}</h1>
      {notice ? <Alert variant="success">{notice}</Alert> : null}
      {error ? <Alert variant="error">{error}</Alert> : null}
      {detail.error ? <Alert variant="error">{detail.error.message}</Alert> : null}
      {detail.loading && !detail.data ? <Spinner label={t('common:status.loading')} /> : null}
      {b && detail.data ? (
        <>
          <p>
            <Tag variant={urgencyVariant[b.urgency]}>{t(`bulletins:urgency.${b.urgency}`)}</Tag>
          </p>
          <h2 className="visually-hidden">{t('bulletins:detail.meta')}</h2>
          <DefinitionList
            items={[
              { term: t('bulletins:detail.from'), description: `${b.senderName}, ${b.senderOrgName}` },
              { term: t('bulletins:detail.network'), description: b.networkName },
              { term: t('bulletins:detail.to'), description: audience },
              { term: t('bulletins:detail.sent'), description: formatDateTime(b.sentAt) },
            ]}
          />
          <p className="bulletin-body">{b.body}</p>
          {detail.data.canAcknowledge ? (
            <p>
              <Button disabled={busy} onClick={() => void act('acknowledge')}>
                {t('bulletins:detail.acknowledge')}
              </Button>
            </p>
          ) : null}
          {b.receipt?.acknowledgedAt && !notice ? (
            <p>{t('bulletins:detail.acknowledged', { date: formatDateTime(b.receipt.acknowledgedAt) })}</p>
          ) : null}
          {detail.data.canResend && b.counts ? (
            <section aria-labelledby="receipts-title">
              <h2 id="receipts-title">{t('bulletins:detail.receipts')}</h2>
              <p>{t('bulletins:detail.summary', { ...b.counts })}</p>
              {b.resendCount > 0 && b.lastResentAt ? (
                <p>
                  {t('bulletins:detail.resentCount', {
                    count: b.resendCount,
                    date: formatDateTime(b.lastResentAt),
                  })}
                </p>
              ) : null}
              <ReceiptsTable rows={detail.data.recipients} />
              {b.counts.pending > 0 ? (
                <p>
                  <Button variant="secondary" disabled={busy} onClick={() => void act('resend')}>
                    {t('bulletins:detail.resend')}
                  </Button>
                </p>
              ) : (
                <p>{t('bulletins:detail.nobodyPending')}</p>
              )}
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}
