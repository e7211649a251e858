import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Tag } from '../../components/Tag';
import { formatDate, formatNumber } from '../../i18n/format';
import { Highlighted } from './Highlighted';
import type { SearchResult } from './search-types';

/** The hit count (announced politely when it changes) and the list of hits. */
export function SearchResults({ result }: { result: SearchResult }) {
  const { t } = useTranslation('search');
  const query = result.query;
  return (
    <section aria-labelledby="search-results-heading" className="search-results">
      <h2 id="search-results-heading" className="search-results__count" aria-live="polite" tabIndex={-1}>
        {t(result.totalCapped ? 'results.capped' : 'results.count', {
          count: result.total,
          shown: formatNumber(result.total),
          query,
        })}
      </h2>
      {result.total === 0 ? (
        <div className="search-results__empty">
          <p>{t('results.empty', { query })}</p>
          <p className="muted">{t('results.emptyHint')}</p>
        </div>
      ) : (
        <>
          {result.pages > 1 ? (
            <p className="muted">{t('results.pageOf', { page: result.page, pages: result.pages })}</p>
          ) : null}
          <ol className="search-hits" start={(result.page - 1) * result.pageSize + 1}>
            {result.hits.map((hit) => (
              <li key={`${hit.kind}:${hit.entityId}`} className="search-hit">
                <h3 className="search-hit__title">
                  <Link to={hit.url}>
                    <Highlighted segments={hit.title} />
                  </Link>
                </h3>
                <p className="search-hit__meta">
                  <Tag>{t(`kinds.${hit.kind}`)}</Tag>{' '}
                  <span>{t('results.in', { network: hit.networkName })}</span>
                  {' · '}
                  <time dateTime={hit.occurredAt}>{formatDate(hit.occurredAt)}</time>
                </p>
                {hit.snippet.length > 0 ? (
                  <p className="search-hit__snippet">
                    <Highlighted segments={hit.snippet} />
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
