import { type KeyboardEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { addDays, addMonths, entriesByDay, monthOf, monthWeeks, parseDay, today } from './calendar-dates';
import type { CalendarEntry } from './calendar-types';

const SHOWN_PER_DAY = 3;

/**
 * The month as an ARIA grid (a real table): weeks are rows headed by their ISO week number,
 * Monday first. One day is in the tab order; arrow keys, Home/End and Page Up/Down move the
 * focus, which also selects the day (its entries are listed under the grid).
 */
export function MonthGrid({
  selected,
  onSelect,
  entries,
  focusOnChange,
}: {
  selected: string;
  onSelect: (day: string) => void;
  entries: readonly CalendarEntry[];
  /** Move keyboard focus to the selected day when it changes by keyboard. */
  focusOnChange: boolean;
}) {
  const { t } = useTranslation('calendar');
  const cells = useRef(new Map<string, HTMLTableCellElement>());
  const byDay = entriesByDay(entries);
  const month = monthOf(selected);
  const current = today();
  const weeks = monthWeeks(selected);
  const monthLabel = formatDate(parseDay(selected).toJSDate(), {
    dateStyle: undefined,
    month: 'long',
    year: 'numeric',
  });

  useEffect(() => {
    if (focusOnChange) cells.current.get(selected)?.focus();
  }, [selected, focusOnChange]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableCellElement>, day: string) => {
    const weekday = parseDay(day).weekday;
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDays(day, -1),
      ArrowRight: () => addDays(day, 1),
      ArrowUp: () => addDays(day, -7),
      ArrowDown: () => addDays(day, 7),
      Home: () => addDays(day, 1 - weekday),
      End: () => addDays(day, 7 - weekday),
      PageUp: () => addMonths(day, -1),
      PageDown: () => addMonths(day, 1),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    onSelect(move());
  };

  return (
    // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA date grid pattern is a table with role=grid; its cells become gridcells.
    <table className="month-grid" role="grid" aria-labelledby="month-grid-caption">
      <caption id="month-grid-caption" className="visually-hidden">
        {t('month.caption', { month: monthLabel })}
      </caption>
      <thead>
        <tr>
          <th scope="col" className="month-grid__week">
            {t('month.week')}
          </th>
          {[1, 2, 3, 4, 5, 6, 7].map((weekday) => (
            <th scope="col" key={weekday}>
              <abbr title={t(`weekdays.${weekday}`)}>{t(`weekdaysShort.${weekday}`)}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week.days[0]}>
            <th scope="row" className="month-grid__week">
              <span aria-hidden="true">{t('month.weekNumber', { week: week.isoWeek })}</span>
              <span className="visually-hidden">{t('month.weekNumberLong', { week: week.isoWeek })}</span>
            </th>
            {week.days.map((day) => {
              const list = byDay.get(day) ?? [];
              const outside = monthOf(day) !== month;
              const isSelected = day === selected;
              const label = formatDate(parseDay(day).toJSDate(), { dateStyle: 'full' });
              const classes = ['month-grid__day'];
              if (outside) classes.push('month-grid__day--outside');
              if (isSelected) classes.push('month-grid__day--selected');
              if (day === current) classes.push('month-grid__day--today');
              return (
                // biome-ignore lint/a11y/useAriaPropsSupportedByRole: inside role=grid a td is a gridcell, which supports aria-selected.
                <td
                  key={day}
                  ref={(el) => {
                    if (el) cells.current.set(day, el);
                    else cells.current.delete(day);
                  }}
                  className={classes.join(' ')}
                  tabIndex={isSelected ? 0 : -1}
                  aria-selected={isSelected}
                  aria-current={day === current ? 'date' : undefined}
                  onClick={() => onSelect(day)}
                  onKeyDown={(e) => onKeyDown(e, day)}
                >
                  <span className="month-grid__date" aria-hidden="true">
                    {parseDay(day).day}
                  </span>
                  {/* The cell's accessible name: the full date, then the entries it shows. */}
                  <span className="month-grid__label visually-hidden">
                    {`${label}, ${t('month.entries', { count: list.length })}`}
                  </span>
                  <ul className="month-grid__entries">
                    {list.slice(0, SHOWN_PER_DAY).map((entry) => (
                      <li
                        key={entry.uid}
                        className={`month-grid__entry month-grid__entry--${entry.kind}${entry.cancelled ? ' is-cancelled' : ''}`}
                      >
                        {entry.title}
                      </li>
                    ))}
                    {list.length > SHOWN_PER_DAY ? (
                      <li className="month-grid__more">
                        {t('month.more', { count: list.length - SHOWN_PER_DAY })}
                      </li>
                    ) : null}
                  </ul>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
