import { useTranslation } from 'react-i18next';
import { diffRows } from './audit-diff';

/** Before and after of one audit entry as a small table of the fields that changed. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation('admin');
  const rows = diffRows(before, after);
  if (rows.length === 0) return <span className="muted">{t('audit.noChanges')}</span>;
  return (
    <table className="diff">
      <thead>
        <tr>
          <th scope="col">{t('audit.diff.field')}</th>
          <th scope="col">{t('audit.diff.before')}</th>
          <th scope="col">{t('audit.diff.after')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field}>
            <th scope="row">{t(`audit.fields.${row.field}`, { defaultValue: row.field })}</th>
            <td>
              {row.before ? <del>{row.before}</del> : <span className="muted">{t('audit.diff.empty')}</span>}
            </td>
            <td>
              {row.after ? <ins>{row.after}</ins> : <span className="muted">{t('audit.diff.empty')}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
