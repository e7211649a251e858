import '../admin/admin.css';
import './meetings.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { ButtonLink } from '../../components/Button';
import { RadioGroup } from '../../components/RadioGroup';
import { Select } from '../../components/Select';
import { Spinner } from '../../components/Spinner';
import { Table, type TableColumn } from '../../components/Table';
import { Tag } from '../../components/Tag';
import { MinutesExport } from './MinutesExport';
import { kindLabel, meetingWhen, minutesVariant } from './meeting-format';
import type { MeetingList, MeetingSummary } from './meeting-types';

type When = 'upcoming' | 'past';

/** /moten — meetings of every network I take part in. */
export function MeetingsPage() {
  const { t } = useTranslation(['meetings', 'common']);
  const [networkId, setNetworkId] = useState('');
  const [when, setWhen] = useState<When>('upcoming');
  const list = useApi<MeetingList>('/api/meetings', {
    query: { when, networkId: networkId || undefined, limit: 100 },
  });
  const selected = list.data?.networks.find((n) => n.id === networkId);
  const canCreate = list.data?.networks.some((n) => n.canManage) ?? false;

  const columns: TableColumn<MeetingSummary>[] = [
    {
      key: 'title',
      header: t('meetings:list.meeting'),
      isRowHeader: true,
      render: (m) => (
        <>
          <Link to={`/moten/${m.id}`}>{m.title}</Link>
          <span className="cell-sub">{kindLabel(t, m.kind)}</span>
        </>
      ),
    },
    { key: 'when', header: t('meetings:list.when'), render: (m) => meetingWhen(m) },
    { key: 'network', header: t('meetings:list.network'), render: (m) => m.networkName },
    {
      key: 'status',
      header: t('meetings:list.status'),
      render: (m) =>
        m.status === 'cancelled' ? (
          <Tag variant="error">{t('meetings:status.cancelled')}</Tag>
        ) : (
          <Tag variant={minutesVariant[m.minutesStatus]}>
            {t(`meetings:minutesStatus.${m.minutesStatus}`)}
          </Tag>
        ),
    },
  ];

  return (
    <>
      <h1>{t('meetings:list.title')}</h1>
      <p className="lead">{t('meetings:list.intro')}</p>
      <p className="row-actions">
        {canCreate ? <ButtonLink to="/moten/ny">{t('meetings:list.create')}</ButtonLink> : null}
        <Link to="/mina-atgarder">{t('meetings:list.myActions')}</Link>
      </p>
      <div className="filter-bar">
        <Select
          id="meetings-network"
          label={t('meetings:list.network')}
          options={[
            { value: '', label: t('meetings:list.allNetworks') },
            ...(list.data?.networks ?? []).map((n) => ({ value: n.id, label: n.name })),
          ]}
          value={networkId}
          onChange={(e) => setNetworkId(e.target.value)}
        />
        <RadioGroup
          legend={t('meetings:list.show')}
          name="meetings-when"
          inline
          options={[
            { value: 'upcoming', label: t('meetings:list.upcoming') },
            { value: 'past', label: t('meetings:list.past') },
          ]}
          value={when}
          onChange={(v) => setWhen(v === 'past' ? 'past' : 'upcoming')}
        />
      </div>
      {list.error ? <Alert variant="error">{list.error.message}</Alert> : null}
      {list.loading && !list.data ? <Spinner label={t('common:status.loading')} /> : null}
      {list.data ? (
        <Table
          caption={t(when === 'upcoming' ? 'meetings:list.upcoming' : 'meetings:list.past')}
          captionHidden
          columns={columns}
          rows={list.data.meetings}
          rowKey={(m) => m.id}
          empty={t('meetings:list.none')}
        />
      ) : null}
      {selected ? <MinutesExport networkId={selected.id} networkName={selected.name} /> : null}
    </>
  );
}
