import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../api/client';

export interface ExportToolbarProps {
  networkId: string;
  roundId: string;
  county: string | undefined;
  /** The map's area (`impact:<key>` → key), so the PDF shows the same map. */
  area: string | undefined;
}

/**
 * Downloads of the same picture, rendered by the exports module from the same service:
 * PDF (printable A4, also the fallback on paper), XLSX and CSV for Swedish Excel.
 */
export function ExportToolbar({ networkId, roundId, county, area }: ExportToolbarProps) {
  const { t } = useTranslation('picture');
  const href = (format: 'pdf' | 'xlsx' | 'csv') =>
    apiUrl(`/api/networks/${encodeURIComponent(networkId)}/picture/export.${format}`, {
      roundId,
      county,
      area,
    });
  return (
    <nav className="picture-export" aria-label={t('export.label')}>
      <ul className="picture-export__list">
        {(['pdf', 'xlsx', 'csv'] as const).map((format) => (
          <li key={format}>
            <a className="button button--secondary button--small" href={href(format)} download>
              {t(`export.${format}`)}
            </a>
          </li>
        ))}
      </ul>
      <p className="picture-export__hint muted">{t('export.hint')}</p>
    </nav>
  );
}
