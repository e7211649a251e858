import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../components/Button';
import { Tag } from '../../components/Tag';
import { localDay, localTime } from './calendar-dates';
import type { CalendarEntry } from './calendar-types';

function timeText(
  entry: CalendarEntry,
  day: string,
  t: (key: string, o?: Record<string, unknown>) => string,
) {
  if (entry.allDay) return t('entry.allDay');
  const startsToday = localDay(entry.start) === day;
  const start = startsToday ? localTime(entry.start) : '';
  if (!entry.end) return start;
  const end = localDay(entry.end) === day ? localTime(entry.end) : '';
  return t('entry.time', { start, end });
}

/** One day's entries with their details; coordinators get edit and cancel buttons for network events. */
export function EntryList({
  entries,
  day,
  headingLevel,
  manageable,
  onEdit,
  onCancel,
}: {
  entries: readonly CalendarEntry[];
  day: string;
  headingLevel: 3 | 4;
  manageable: (entry: CalendarEntry) => boolean;
  onEdit: (entry: CalendarEntry) => void;
  onCancel: (entry: CalendarEntry) => void;
}) {
  const { t } = useTranslation('calendar');
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className="entry-list">
      {entries.map((entry) => (
        <li key={entry.uid} className={`entry entry--${entry.kind}${entry.cancelled ? ' is-cancelled' : ''}`}>
          <p className="entry__time">{timeText(entry, day, t)}</p>
          <div className="entry__body">
            <Heading className="entry__title">
              {entry.cancelled ? <del>{entry.title}</del> : entry.title}{' '}
              {entry.cancelled ? <Tag variant="error">{t('entry.cancelled')}</Tag> : null}
            </Heading>
            <p className="entry__meta">
              <Tag
                variant={
                  entry.kind === 'round_deadline' || entry.kind === 'consultation_deadline'
                    ? 'warning'
                    : 'info'
                }
              >
                {t(`kind.${entry.kind}`)}
              </Tag>{' '}
              {entry.networkName}
              {entry.location ? ` · ${entry.location}` : null}
            </p>
            {entry.description ? <p className="entry__description">{entry.description}</p> : null}
            <div className="row-actions">
              {entry.url ? (
                <a href={entry.url} rel="noopener noreferrer" target="_blank">
                  {t('entry.link')}
                  <span className="visually-hidden"> – {entry.title}</span>
                </a>
              ) : null}
              {entry.path && !entry.eventId ? (
                <Link to={entry.path}>
                  {t('entry.open')}
                  <span className="visually-hidden"> – {entry.title}</span>
                </Link>
              ) : null}
              {manageable(entry) && !entry.cancelled ? (
                <>
                  <Button size="small" variant="secondary" onClick={() => onEdit(entry)}>
                    {t('entry.edit')}
                    <span className="visually-hidden"> – {entry.title}</span>
                  </Button>
                  <Button size="small" variant="danger" onClick={() => onCancel(entry)}>
                    {t('entry.cancel')}
                    <span className="visually-hidden"> – {entry.title}</span>
                  </Button>
                </>
              ) : null}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
