import { useTranslation } from 'react-i18next';
import { Table, type TableColumn } from '../../components/Table';
import type { ImportErrorItem } from './import-types';

/** Every problem of the file, by row and column, with what the cell held. */
export function ImportErrorsTable({ errors }: { errors: ImportErrorItem[] }) {
  const { t } = useTranslation('imports');
  const columns: TableColumn<ImportErrorItem>[] = [
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
      caption={t('page.errors.caption', { count: errors.length })}
      columns={columns}
      rows={errors}
      rowKey={(e) => `${e.row}:${e.columnLetter ?? ''}:${e.code}`}
      className="import-errors"
    />
  );
}
