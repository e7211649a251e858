import { useTranslation } from 'react-i18next';
import { Table, type TableColumn } from '../../components/Table';
import { Tag } from '../../components/Tag';
import type { ImportOrganisation } from './import-types';

/** The reports the file would file: one row per organisation, new or revised. */
export function ImportPreview({ organisations }: { organisations: ImportOrganisation[] }) {
  const { t } = useTranslation('imports');
  const columns: TableColumn<ImportOrganisation>[] = [
    { key: 'row', header: t('page.preview.row'), sortValue: (o) => o.row, align: 'end' },
    { key: 'code', header: t('page.preview.code'), sortValue: (o) => o.code },
    { key: 'name', header: t('page.preview.name'), sortValue: (o) => o.name, isRowHeader: true },
    {
      key: 'action',
      header: t('page.preview.action'),
      sortValue: (o) => o.action,
      render: (o) => (
        <Tag variant={o.action === 'create' ? 'success' : 'info'}>
          {t(`page.preview.actions.${o.action}`)}
        </Tag>
      ),
    },
  ];
  return (
    <Table
      caption={t('page.preview.caption')}
      columns={columns}
      rows={organisations}
      rowKey={(o) => o.orgId}
    />
  );
}
