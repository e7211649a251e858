import { useTranslation } from 'react-i18next';
import { Table, type TableColumn } from '../../components/Table';
import type { ImportErrorItem } from './import-types';

/** A file problem as every upload with a dry run reports it; the column letter when the reader knows it. */
type FileError = Omit<ImportErrorItem, 'columnLetter'> & { columnLetter?: string | null };

/**
 * Every problem of the file, by row and column, with what the cell held. Shared by every
 * upload with a dry run (reports, anvisningar, kommuntal inputs, planner batches); a page
 * may name the table in its own words.
 */
export function ImportErrorsTable({ errors, caption }: { errors: readonly FileError[]; caption?: string }) {
  const { t } = useTranslation('imports');
  const columns: TableColumn<FileError>[] = [
    { key: 'row', header: t('page.errors.row'), sortValue: (e) => e.row, align: 'end', isRowHeader: true },
    {
      key: 'column',
      header: t('page.errors.column'),
      sortValue: (e) => e.columnLetter ?? '',
      render: (e) => (
        <>
          {e.columnLetter ? <strong>{e.columnLetter}</strong> : null}
          {e.column ? <span className="import-errors__column">{e.column}</span> : null}
        </>
      ),
    },
    {
      key: 'value',
      header: t('page.errors.value'),
      render: (e) =>
        e.value === null ? null : e.value === '' ? (
          <span className="muted">{t('page.errors.empty')}</span>
        ) : (
          <code>{e.value}</code>
        ),
    },
    { key: 'message', header: t('page.errors.message'), render: (e) => e.message },
  ];
  return (
    <Table
      caption={caption ?? t('page.errors.caption', { count: errors.length })}
      columns={columns}
      rows={[...errors]}
      rowKey={(e) => `${e.row}:${e.columnLetter ?? ''}:${e.code}`}
      className="import-errors"
    />
  );
}
