import type { TFunction } from 'i18next';
import type { TagVariant } from '../../components/Tag';
import type { RoundState, RoundSummary } from './round-types';

/** "v. 12 2026" for weekly rounds, the title for extra ones. */
export function roundName(round: RoundSummary, t: TFunction): string {
  return round.kind === 'weekly'
    ? t('rounds:weekLabel', { week: round.isoWeek, year: round.isoYear })
    : round.title || t('rounds:extra');
}

export const stateVariant: Record<RoundState, TagVariant> = {
  upcoming: 'info',
  open: 'success',
  closed: 'neutral',
};
