import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Button } from '../../components/Button';
import { Table, type TableColumn } from '../../components/Table';
import type { AttendanceStatus, MeetingDetail, NetworkOrg } from './meeting-types';

type Change = (send: (version: number) => Promise<MeetingDetail>, success: string) => Promise<boolean>;
type Row = NetworkOrg & { status: AttendanceStatus | ''; personName: string };

function rowsOf(detail: MeetingDetail, orgs: NetworkOrg[]): Row[] {
  const recorded = new Map(detail.attendance.map((a) => [a.orgId, a]));
  const rows: Row[] = orgs.map((o) => ({
    ...o,
    status: recorded.get(o.orgId)?.status ?? '',
    personName: recorded.get(o.orgId)?.personName ?? '',
  }));
  // Organisations recorded earlier that have since left the network stay visible.
  for (const a of detail.attendance) {
    if (!orgs.some((o) => o.orgId === a.orgId))
      rows.push({ orgId: a.orgId, name: a.orgName, status: a.status, personName: a.personName });
  }
  return rows;
}

/** Attendance per organisation (with the person who came); coordinators record it. */
export function AttendanceSection({
  detail,
  orgs,
  change,
}: {
  detail: MeetingDetail;
  orgs: NetworkOrg[];
  change: Change;
}) {
  const { t } = useTranslation(['meetings', 'common']);
  const [rows, setRows] = useState<Row[]>(() => rowsOf(detail, orgs));
  const [edited, setEdited] = useState(false);
  const current = edited ? rows : rowsOf(detail, orgs);
  const setRow = (orgId: string, patch: Partial<Row>) => {
    setRows(current.map((r) => (r.orgId === orgId ? { ...r, ...patch } : r)));
    setEdited(true);
  };

  const save = async () => {
    const entries = current
      .filter((r) => r.status !== '')
      .map((r) => ({ orgId: r.orgId, personName: r.personName.trim(), status: r.status }));
    const ok = await change(
      (version) =>
        api.put<MeetingDetail>(`/api/meetings/${detail.meeting.id}/attendance`, { version, entries }),
      t('meetings:attendance.saved'),
    );
    if (ok) setEdited(false);
  };

  if (!detail.canManage || detail.meeting.minutesStatus === 'published') {
    return (
      <section aria-labelledby="attendance-title" className="meeting-section">
        <h2 id="attendance-title">{t('meetings:attendance.title')}</h2>
        <Table
          caption={t('meetings:attendance.title')}
          captionHidden
          columns={[
            { key: 'org', header: t('meetings:attendance.org'), isRowHeader: true, render: (a) => a.orgName },
            { key: 'person', header: t('meetings:attendance.person'), render: (a) => a.personName },
            {
              key: 'status',
              header: t('meetings:attendance.status'),
              render: (a) => t(`meetings:attendance.${a.status}`),
            },
          ]}
          rows={detail.attendance}
          rowKey={(a) => `${a.orgId}-${a.personName}`}
          empty={t('meetings:attendance.none')}
        />
      </section>
    );
  }

  const columns: TableColumn<Row>[] = [
    { key: 'org', header: t('meetings:attendance.org'), isRowHeader: true, render: (r) => r.name },
    {
      key: 'status',
      header: t('meetings:attendance.status'),
      render: (r) => (
        <select
          className="input"
          aria-label={t('meetings:attendance.statusFor', { org: r.name })}
          value={r.status}
          onChange={(e) => setRow(r.orgId, { status: e.target.value as Row['status'] })}
        >
          <option value="">{t('meetings:attendance.unknown')}</option>
          <option value="present">{t('meetings:attendance.present')}</option>
          <option value="absent">{t('meetings:attendance.absent')}</option>
          <option value="excused">{t('meetings:attendance.excused')}</option>
        </select>
      ),
    },
    {
      key: 'person',
      header: t('meetings:attendance.person'),
      render: (r) => (
        <input
          className="input"
          type="text"
          maxLength={200}
          aria-label={t('meetings:attendance.personFor', { org: r.name })}
          value={r.personName}
          onChange={(e) => setRow(r.orgId, { personName: e.target.value })}
        />
      ),
    },
  ];

  return (
    <section aria-labelledby="attendance-title" className="meeting-section">
      <h2 id="attendance-title">{t('meetings:attendance.title')}</h2>
      <Table
        caption={t('meetings:attendance.title')}
        captionHidden
        columns={columns}
        rows={current}
        rowKey={(r) => r.orgId}
        empty={t('meetings:attendance.none')}
      />
      <Button variant="secondary" onClick={() => void save()}>
        {t('meetings:attendance.save')}
      </Button>
    </section>
  );
}
