import { useTranslation } from 'react-i18next';

export interface PaginationProps {
  /** 1-based current page. */
  page: number;
  pageCount: number;
  onPageChange: (page: number) => void;
  /** Names the navigation landmark; defaults to "Sidnumrering". */
  label?: string;
}

/** Page numbers to show: first, last and two around the current, with gaps as null. */
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  const wanted = new Set([1, pageCount, page - 1, page, page + 1]);
  const pages = [...wanted].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  const result: (number | null)[] = [];
  let previous = 0;
  for (const n of pages) {
    if (n - previous > 1) result.push(null);
    result.push(n);
    previous = n;
  }
  return result;
}

export function Pagination({ page, pageCount, onPageChange, label }: PaginationProps) {
  const { t } = useTranslation('common');
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={label ?? t('pagination.label')}>
      <ul className="pagination__list">
        {page > 1 ? (
          <li className="pagination__item">
            <button type="button" onClick={() => onPageChange(page - 1)}>
              {t('pagination.previous')}
            </button>
          </li>
        ) : null}
        {pageWindow(page, pageCount).map((n, index) =>
          n === null ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: gaps have no identity of their own.
            <li key={`gap-${index}`} className="pagination__ellipsis" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n} className="pagination__item">
              <button
                type="button"
                aria-current={n === page ? 'page' : undefined}
                aria-label={t('pagination.page', { page: n })}
                onClick={() => onPageChange(n)}
              >
                {n}
              </button>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li className="pagination__item">
            <button type="button" onClick={() => onPageChange(page + 1)}>
              {t('pagination.next')}
            </button>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
