import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format';
import type { SimilarQuestion } from './question-types';

/**
 * Suggestions under the ask form. The count paragraph is one polite live region that stays
 * in the page from the start (hidden until there is something to say), so screen readers
 * hear each new count without losing their place; the box and its heading appear with it.
 */
export function SimilarQuestions({ found }: { found: SimilarQuestion[] | null }) {
  const { t } = useTranslation('questions');
  const shown = found !== null;
  return (
    <section
      className={shown ? 'similar-questions' : undefined}
      aria-labelledby={shown ? 'similar-questions-title' : undefined}
    >
      {shown ? <h3 id="similar-questions-title">{t('similar.title')}</h3> : null}
      <p aria-live="polite" className={shown ? 'muted' : 'visually-hidden'}>
        {found ? t('similar.count', { count: found.length }) : ''}
      </p>
      {found && found.length > 0 ? (
        <ul className="link-list">
          {found.map((q) => (
            <li key={q.id}>
              <Link to={`/fragor/${q.id}`}>{q.title}</Link>
              <span className="cell-sub">
                {t('similar.answered', { date: formatDate(q.answeredAt) })}
                {q.tags.length > 0 ? ` · ${q.tags.join(', ')}` : ''}
              </span>
              {q.answerExcerpt ? <p className="similar-questions__excerpt">{q.answerExcerpt}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
