import '../admin/admin.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { Spinner } from '../../components/Spinner';
import type { NetworkSummary } from './network-types';
import { ScheduleDialog } from './ScheduleDialog';

/** /natverk — the networks of the user's organisation; coordinators edit the reporting schedule. */
export function NetworksPage() {
  const { t } = useTranslation(['directory', 'registry', 'common']);
  const list = useApi<{ items: NetworkSummary[] }>('/api/networks');
  const [editing, setEditing] = useState<NetworkSummary | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const schedule = (n: NetworkSummary) =>
    t('directory:networks.schedule', {
      opensDay: t(`registry:weekdays.${n.opensWeekday}`),
      opensTime: n.opensTime,
      deadlineDay: t(`registry:weekdays.${n.deadlineWeekday}`),
      deadlineTime: n.deadlineTime,
    });

  return (
    <>
      <h1>{t('directory:networks.title')}</h1>
      <p className="lead">{t('directory:networks.intro')}</p>
      {notice ? <Alert variant="success">{notice}</Alert> : null}
      {list.error ? <Alert variant="error">{list.error.message}</Alert> : null}
      {list.loading && !list.data ? <Spinner label={t('common:status.loading')} /> : null}
      {list.data && list.data.items.length === 0 ? <p>{t('directory:networks.none')}</p> : null}
      <div className="grid">
        {list.data?.items.map((n) => (
          <Card key={n.id} title={n.name}>
            <p className="muted">{t('directory:networks.owner', { owner: n.ownerName })}</p>
            {n.description ? <p>{n.description}</p> : null}
            <p>
              {t('directory:networks.members', { count: n.memberCount })}
              <br />
              {t('directory:networks.reporting', { count: n.reportingCount })}
            </p>
            <p>{schedule(n)}</p>
            <p>{t('directory:networks.reminder', { count: n.reminderHours })}</p>
            <div className="row-actions">
              <Link to={`/natverk/${n.id}/lagesbild`}>
                {t('directory:networks.picture')}
                <span className="visually-hidden"> – {n.name}</span>
              </Link>
              <Link to={`/natverk/${n.id}/kontakter`}>
                {t('directory:networks.contacts')}
                <span className="visually-hidden"> – {n.name}</span>
              </Link>
              {n.isCoordinator ? (
                <>
                  <Link to={`/natverk/${n.id}/mallar`}>
                    {t('directory:networks.templates')}
                    <span className="visually-hidden"> – {n.name}</span>
                  </Link>
                  <Link to={`/natverk/${n.id}/omgangar`}>
                    {t('directory:networks.rounds')}
                    <span className="visually-hidden"> – {n.name}</span>
                  </Link>
                </>
              ) : null}
              {n.isCoordinator ? (
                <Button size="small" variant="secondary" onClick={() => setEditing(n)}>
                  {t('directory:networks.editSchedule')}
                  <span className="visually-hidden"> – {n.name}</span>
                </Button>
              ) : null}
            </div>
          </Card>
        ))}
      </div>
      <ScheduleDialog
        network={editing}
        onClose={() => setEditing(null)}
        onSaved={(n) => {
          setEditing(null);
          setNotice(t('directory:networks.saved', { name: n.name }));
          list.reload();
        }}
      />
    </>
  );
}
