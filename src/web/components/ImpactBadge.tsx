import { useTranslation } from 'react-i18next';
import { type ImpactLevel, impactLabelKey } from './impact';

export interface ImpactBadgeProps {
  level: ImpactLevel;
  /** Show the digit before the name (default true). */
  showNumber?: boolean;
  className?: string;
}

/** Impact level 1–5 with colour and its name, e.g. "4 Allvarlig". */
export function ImpactBadge({ level, showNumber = true, className }: ImpactBadgeProps) {
  const { t } = useTranslation('common');
  const label = t(impactLabelKey(level));
  return (
    <span className={['impact-badge', `impact-${level}`, className ?? ''].filter(Boolean).join(' ')}>
      {showNumber ? (
        <span className="impact-badge__level" aria-hidden="true">
          {level}
        </span>
      ) : null}
      <span className="visually-hidden">{t('impact.levelPrefix', { level })} </span>
      {label}
    </span>
  );
}
