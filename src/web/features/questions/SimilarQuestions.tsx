import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format';
import type { SimilarQuestion } from './question-types';

/**
 * Suggestions under the ask form. The count sits in a polite live region that is always
 * present, so screen readers hear how many were found without losing their place.
 */
export function SimilarQuestions({ found }: { found: SimilarQuestion[] | null }) {
  const { t } = useTranslation('questions');
  return (
    <section className="similar-questions" aria-labelledby="similar-questions-title">
      <h3 id="similar-questions-title">{t('similar.title')}</h3>
      <p aria-live="polite" className="muted">
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
