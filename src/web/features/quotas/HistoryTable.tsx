import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api';
import { Table } from '../../components/Table';
import { formatDateTime } from '../../i18n/format';
import type { QuotaChange } from './quota-types';

/** Changes of the adopted numbers, newest first; an adoption is one row per municipality. */
export function HistoryTable({ year, generation }: { year: number; generation: number }) {
  const { t } = useTranslation('quotas');
  const history = useApi<{ changes: QuotaChange[] }>(`/api/quotas/${year}/history`, {
    query: { limit: 300, g: generation },
  });
  const rows = history.data?.changes ?? [];
  return (
    <section className="quotas-section" aria-labelledby="quota-history-title">
      <h2 id="quota-history-title">{t('history.heading')}</h2>
      <Table
        caption={t('history.caption')}
        captionHidden
        rows={rows}
        rowKey={(r) => r.id}
        empty={t('history.empty')}
        columns={[
          { key: 'when', header: t('history.when'), render: (r) => formatDateTime(r.createdAt) },
          { key: 'name', header: t('table.municipality'), isRowHeader: true, render: (r) => r.name },
          { key: 'kind', header: t('history.kind'), render: (r) => t(`history.kinds.${r.kind}`) },
          { key: 'previous', header: t('history.previous'), align: 'end', render: (r) => r.previous ?? '–' },
          { key: 'after', header: t('history.after'), align: 'end', render: (r) => r.kommuntal },
          { key: 'reason', header: t('history.reason'), render: (r) => r.reason },
          { key: 'who', header: t('history.who'), render: (r) => r.actorName ?? '–' },
        ]}
      />
    </section>
  );
}
