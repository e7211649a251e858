import { useTranslation } from 'react-i18next';
import { Tag } from '../../components/Tag';
import type { CommentCarry } from './report-types';

/**
 * Under a comment kept word for word from last week: since when, and a nudge to update it.
 * After three rounds it is flagged stale, as the coordinator will see it. Rendered inside the
 * field's hint, so it is read out with the field.
 */
export function CarriedOverNote({ carry }: { carry: CommentCarry }) {
  const { t } = useTranslation('reports');
  const since = carry.since
    ? t('carry.since', { week: carry.since.isoWeek, year: carry.since.isoYear })
    : null;
  return (
    <span className={carry.stale ? 'carry-note carry-note--stale' : 'carry-note'}>
      {carry.stale ? (
        <Tag variant="warning" className="carry-note__tag">
          {t('carry.staleTag')}
        </Tag>
      ) : null}{' '}
      {since ?? t('carry.unchanged')}.{' '}
      {carry.stale ? t('carry.staleHint', { count: carry.roundsUnchanged }) : t('carry.hint')}
    </span>
  );
}
