import { useTranslation } from 'react-i18next';
import { diffRows, displayValue } from './audit-diff';

/** Before and after of one audit entry as a small table of the fields that changed. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation(['admin', 'common', 'registry']);
  // Codes the interface has names for are shown by name; anything else as stored.
  const format = (field: string, value: unknown): string => {
    if (typeof value === 'boolean') return value ? t('admin:audit.diff.yes') : t('admin:audit.diff.no');
    if (Array.isArray(value) && (field === 'roles' || field === 'functions')) {
      const ns = field === 'roles' ? 'common:roles' : 'registry:functions';
      return value.map((v) => t(`${ns}.${String(v)}`, { defaultValue: String(v) })).join(', ');
    }
    if (typeof value === 'number' && (field === 'opensWeekday' || field === 'deadlineWeekday')) {
      return t(`registry:weekdays.${value}`, { defaultValue: String(value) });
    }
    return displayValue(value);
  };
  const rows = diffRows(before, after, format);
  if (rows.length === 0) return <span className="muted">{t('admin:audit.noChanges')}</span>;
  return (
    <table className="diff">
      <thead>
        <tr>
          <th scope="col">{t('admin:audit.diff.field')}</th>
          <th scope="col">{t('admin:audit.diff.before')}</th>
          <th scope="col">{t('admin:audit.diff.after')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field}>
            <th scope="row">{t(`admin:audit.fields.${row.field}`, { defaultValue: row.field })}</th>
            <td>
              {row.before ? (
                <del>{row.before}</del>
              ) : (
                <span className="muted">{t('admin:audit.diff.empty')}</span>
              )}
            </td>
            <td>
              {row.after ? (
                <ins>{row.after}</ins>
              ) : (
                <span className="muted">{t('admin:audit.diff.empty')}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
