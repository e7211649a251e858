import '../admin/admin.css';
import './calendar.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError, api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Select } from '../../components/Select';
import { Spinner } from '../../components/Spinner';
import { Tabs } from '../../components/Tabs';
import { formatDate } from '../../i18n/format';
import { CancelEventDialog } from './CancelEventDialog';
import { addMonths, entriesByDay, localDay, monthWeeks, parseDay, today } from './calendar-dates';
import type { CalendarData, CalendarEntry, NetworkEvent } from './calendar-types';
import { EntryList } from './EntryList';
import { EventFormDialog } from './EventFormDialog';
import { FeedsSection } from './FeedsSection';
import { MonthGrid } from './MonthGrid';

type View = 'month' | 'list';

function dayHeading(day: string): string {
  return formatDate(parseDay(day).toJSDate(), { dateStyle: 'full' });
}

/** /kalender — the calendar of the user's networks: month grid or list, subscription links. */
export function CalendarPage() {
  const { t } = useTranslation(['calendar', 'common']);
  const [params] = useSearchParams();
  const [networkId, setNetworkId] = useState('');
  const [view, setView] = useState<View>('month');
  const [selected, setSelected] = useState(today);
  const [keyboardMoved, setKeyboardMoved] = useState(false);
  const [editing, setEditing] = useState<NetworkEvent | null>(null);
  const [creating, setCreating] = useState(false);
  const [cancelling, setCancelling] = useState<NetworkEvent | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const weeks = monthWeeks(selected);
  const monthStart = parseDay(selected).startOf('month');
  const range =
    view === 'month'
      ? { from: weeks[0]?.days[0] ?? selected, to: weeks.at(-1)?.days[6] ?? selected }
      : { from: monthStart.toISODate() ?? selected, to: monthStart.endOf('month').toISODate() ?? selected };
  const data = useApi<CalendarData>('/api/calendar', {
    query: { ...range, networkId: networkId || undefined },
  });
  const networks = data.data?.networks ?? [];
  const canCreate = networks.some((n) => n.canManage);
  const byDay = entriesByDay(data.data?.entries ?? []);
  const monthLabel = formatDate(monthStart.toJSDate(), {
    dateStyle: undefined,
    month: 'long',
    year: 'numeric',
  });

  // A link from a feed or a notification (?handelse=<id>) opens the event's day.
  const linked = params.get('handelse');
  useEffect(() => {
    if (!linked) return;
    api
      .get<NetworkEvent>(`/api/calendar/events/${encodeURIComponent(linked)}`)
      .then((event) => setSelected(event.startDate ?? localDay(event.startsAt)))
      .catch(() => undefined);
  }, [linked]);

  const manageable = (entry: CalendarEntry) =>
    entry.eventId !== null && networks.some((n) => n.id === entry.networkId && n.canManage);
  const openEvent = async (entry: CalendarEntry, then: (event: NetworkEvent) => void) => {
    if (!entry.eventId) return;
    setError(null);
    try {
      then(await api.get<NetworkEvent>(`/api/calendar/events/${entry.eventId}`));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t('common:errors.unexpected'));
    }
  };
  const entryList = (day: string, level: 3 | 4) => (
    <EntryList
      entries={byDay.get(day) ?? []}
      day={day}
      headingLevel={level}
      manageable={manageable}
      onEdit={(entry) => void openEvent(entry, setEditing)}
      onCancel={(entry) => void openEvent(entry, setCancelling)}
    />
  );

  const selectedEntries = byDay.get(selected) ?? [];
  const monthPanel = (
    <>
      <MonthGrid
        selected={selected}
        entries={data.data?.entries ?? []}
        focusOnChange={keyboardMoved}
        onSelect={(day) => {
          setKeyboardMoved(true);
          setSelected(day);
        }}
      />
      <section className="calendar-day" aria-labelledby="calendar-day-title" aria-live="polite">
        <h3 id="calendar-day-title">{dayHeading(selected)}</h3>
        {selectedEntries.length > 0 ? entryList(selected, 4) : <p>{t('calendar:day.none')}</p>}
      </section>
    </>
  );
  const listDays = [...byDay.keys()].filter((d) => d >= range.from && d <= range.to).sort();
  const listPanel =
    listDays.length === 0 ? (
      <p>{t('calendar:list.none')}</p>
    ) : (
      <div className="calendar-list">
        {listDays.map((day) => (
          <section key={day} aria-labelledby={`calendar-list-${day}`}>
            <h3 id={`calendar-list-${day}`}>{dayHeading(day)}</h3>
            {entryList(day, 4)}
          </section>
        ))}
      </div>
    );

  const moveMonth = (months: number) => {
    setKeyboardMoved(false);
    setSelected((day) => parseDay(addMonths(day, months)).startOf('month').toISODate() ?? day);
  };

  return (
    <>
      <h1>{t('calendar:title')}</h1>
      <p className="lead">{t('calendar:intro')}</p>
      {notice ? <Alert variant="success">{notice}</Alert> : null}
      {error ? <Alert variant="error">{error}</Alert> : null}
      {data.error ? <Alert variant="error">{data.error.message}</Alert> : null}
      <div className="filter-bar calendar-toolbar">
        <Select
          id="calendar-network"
          label={t('calendar:filter.network')}
          options={[
            { value: '', label: t('calendar:filter.all') },
            ...networks.map((n) => ({ value: n.id, label: n.name })),
          ]}
          value={networkId}
          onChange={(e) => setNetworkId(e.target.value)}
        />
        {canCreate ? (
          <Button
            onClick={() => {
              setNotice(null);
              setCreating(true);
            }}
          >
            {t('calendar:form.createTitle')}
          </Button>
        ) : null}
      </div>
      <div className="calendar-nav">
        <Button variant="secondary" size="small" onClick={() => moveMonth(-1)}>
          <span aria-hidden="true">‹ </span>
          {t('calendar:month.previous')}
        </Button>
        <h2 className="calendar-nav__month" aria-live="polite">
          {monthLabel}
        </h2>
        <Button variant="secondary" size="small" onClick={() => moveMonth(1)}>
          {t('calendar:month.next')}
          <span aria-hidden="true"> ›</span>
        </Button>
        <Button
          variant="secondary"
          size="small"
          onClick={() => {
            setKeyboardMoved(false);
            setSelected(today());
          }}
        >
          {t('calendar:month.today')}
        </Button>
        {data.loading ? <Spinner label={t('calendar:loading')} /> : null}
      </div>
      <Tabs
        label={t('calendar:views.label')}
        selectedId={view}
        onChange={(id) => {
          // Switching views keeps focus on the tabs; only moves inside the grid move focus.
          setKeyboardMoved(false);
          setView(id === 'list' ? 'list' : 'month');
        }}
        keepMounted={false}
        tabs={[
          { id: 'month', label: t('calendar:views.month'), content: monthPanel },
          { id: 'list', label: t('calendar:views.list'), content: listPanel },
        ]}
      />
      {networks.length > 0 ? <FeedsSection networks={networks} /> : null}
      <EventFormDialog
        open={creating || editing !== null}
        event={editing}
        networks={networks}
        defaultNetworkId={
          networkId && networks.some((n) => n.id === networkId && n.canManage) ? networkId : ''
        }
        day={selected}
        onClose={() => {
          setCreating(false);
          setEditing(null);
        }}
        onSaved={(event, created) => {
          setCreating(false);
          setEditing(null);
          setNotice(t(created ? 'calendar:form.created' : 'calendar:form.saved', { title: event.title }));
          setKeyboardMoved(false);
          setSelected(event.startDate ?? localDay(event.startsAt));
          data.reload();
        }}
      />
      <CancelEventDialog
        event={cancelling}
        onClose={() => setCancelling(null)}
        onCancelled={(event) => {
          setCancelling(null);
          setNotice(t('calendar:cancelDialog.done', { title: event.title }));
          data.reload();
        }}
      />
    </>
  );
}
