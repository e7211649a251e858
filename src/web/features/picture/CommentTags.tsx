import { useTranslation } from 'react-i18next';
import { Tag } from '../../components/Tag';
import type { CommentDigestEntry } from './picture-types';

export interface CommentTagsProps {
  status: CommentDigestEntry['status'];
  stale: boolean;
  roundsUnchanged: number;
  /** Tag new and changed comments too (the digest does; the serious list need not). */
  showNew?: boolean;
}

/** "Ny", "Ändrad", or "Oförändrad i N veckor" (a warning once the comment is stale). */
export function CommentTags({ status, stale, roundsUnchanged, showNew = true }: CommentTagsProps) {
  const { t } = useTranslation('picture');
  if (status === 'carried_over') {
    return (
      <Tag variant={stale ? 'warning' : 'neutral'} className="picture-comment__tag">
        {t('comments.unchanged', { count: Math.max(roundsUnchanged, 1) })}
      </Tag>
    );
  }
  if (!showNew) return null;
  return (
    <Tag variant="info" className="picture-comment__tag">
      {t(status === 'new' ? 'comments.new' : 'comments.changed')}
    </Tag>
  );
}
