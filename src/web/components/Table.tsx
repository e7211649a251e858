import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';
import { intlLocale } from '../i18n/i18n';

export interface TableColumn<Row> {
  key: string;
  header: ReactNode;
  /** Cell content; defaults to String(sortValue(row)). */
  render?: (row: Row) => ReactNode;
  /** Makes the column sortable; nulls sort last. */
  sortValue?: (row: Row) => string | number | null;
  /** 'end' right-aligns (numbers). */
  align?: 'start' | 'end';
  /** Cells of this column are row headers (<th scope="row">), e.g. the municipality name. */
  isRowHeader?: boolean;
}

export interface TableSort {
  key: string;
  direction: 'ascending' | 'descending';
}

export interface TableProps<Row> {
  caption: ReactNode;
  /** Hide the caption visually (it is still read out). */
  captionHidden?: boolean;
  columns: TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  initialSort?: TableSort;
  /** Shown in a single cell when there are no rows. */
  empty?: ReactNode;
  className?: string;
}

function compare(a: string | number | null, b: string | number | null, collator: Intl.Collator): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

function defaultCell(value: string | number | null): string {
  if (value === null) return '';
  return typeof value === 'number' ? formatNumber(value) : value;
}

function SortIcon({ direction }: { direction: TableSort['direction'] | null }) {
  return (
    <svg className="sort-button__icon" viewBox="0 0 12 16" aria-hidden="true" focusable="false">
      {direction !== 'descending' ? <path d="M6 1 11 7H1z" /> : null}
      {direction !== 'ascending' ? <path d="M6 15 1 9h10z" /> : null}
    </svg>
  );
}

/**
 * A data table with caption, column headers (scope="col"), optional row headers and
 * sortable columns: the header is a button, aria-sort tells the current order.
 */
export function Table<Row>({
  caption,
  captionHidden = false,
  columns,
  rows,
  rowKey,
  initialSort,
  empty,
  className,
}: TableProps<Row>) {
  const { t, i18n } = useTranslation('common');
  const [sort, setSort] = useState<TableSort | null>(initialSort ?? null);

  const sorted = useMemo(() => {
    const column = sort ? columns.find((c) => c.key === sort.key) : undefined;
    const sortValue = column?.sortValue;
    if (!sort || !sortValue) return rows;
    const collator = new Intl.Collator(intlLocale(i18n.language), { numeric: true, sensitivity: 'base' });
    const factor = sort.direction === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const va = sortValue(a);
      const vb = sortValue(b);
      if (va === null || vb === null) return compare(va, vb, collator);
      return factor * compare(va, vb, collator);
    });
  }, [rows, columns, sort, i18n.language]);

  const sortedColumn = sort ? columns.find((c) => c.key === sort.key) : undefined;
  const announcement =
    sort && typeof sortedColumn?.header === 'string'
      ? t(sort.direction === 'ascending' ? 'table.sortedAscending' : 'table.sortedDescending', {
          column: sortedColumn.header,
        })
      : '';

  const toggle = (key: string) => {
    setSort((current) =>
      current?.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: 'ascending' },
    );
  };

  return (
    <section
      className="table-wrapper"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
      tabIndex={0}
      aria-label={typeof caption === 'string' ? caption : undefined}
    >
      <table className={['table', className ?? ''].filter(Boolean).join(' ')}>
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const direction = sort?.key === column.key ? sort.direction : null;
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={column.align === 'end' ? 'cell--end' : undefined}
                  aria-sort={column.sortValue ? (direction ?? 'none') : undefined}
                >
                  {column.sortValue ? (
                    <button type="button" className="sort-button" onClick={() => toggle(column.key)}>
                      {column.header}
                      <SortIcon direction={direction} />
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.length === 0 ? (
            <tr>
              <td colSpan={columns.length}>{empty ?? t('table.empty')}</td>
            </tr>
          ) : (
            sorted.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) => {
                  const content = column.render
                    ? column.render(row)
                    : defaultCell(column.sortValue?.(row) ?? null);
                  const cellClass = column.align === 'end' ? 'cell--end' : undefined;
                  return column.isRowHeader ? (
                    <th key={column.key} scope="row" className={cellClass}>
                      {content}
                    </th>
                  ) : (
                    <td key={column.key} className={cellClass}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </section>
  );
}
