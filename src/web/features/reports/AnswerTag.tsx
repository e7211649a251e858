import { useTranslation } from 'react-i18next';
import type { ChangeStatus } from '../../../core/reports/carry-over';
import { Tag } from '../../components/Tag';

/** "Ändrad" / "Oförändrad" / "Ny" next to an answer, compared with the previous round. */
export function AnswerTag({ status }: { status: ChangeStatus | undefined }) {
  const { t } = useTranslation('reports');
  if (!status) return null;
  const variant = status === 'unchanged' ? 'neutral' : 'info';
  return (
    <Tag variant={variant} className="answer-tag">
      {t(`change.${status}`)}
    </Tag>
  );
}
