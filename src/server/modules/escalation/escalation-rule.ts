import type { Answers } from '../../../core/reports/answers';

/** 4 Allvarlig and 5 Kritisk. */
export const SERIOUS_IMPACT = 4;
/** The template text where an organisation says what support it needs. */
export const NEEDS_TEXT_KEY = 'needs';
/** "A repeated need for support": the same organisation asked in this many reports in a row. */
export const REPEATED_NEEDS = 2;

export interface EscalationGrounds {
  worstImpact: number | null;
  needs: string;
  /** Reports in a row, ending with this one, that state a need for support. */
  needsStreak: number;
  eligible: boolean;
}

export function worstImpact(answers: Answers): number | null {
  let worst: number | null = null;
  for (const area of Object.values(answers.areas)) {
    if (area.impact !== null && (worst === null || area.impact > worst)) worst = area.impact;
  }
  return worst;
}

export function needsText(answers: Answers): string {
  return (answers.texts[NEEDS_TEXT_KEY] ?? '').trim();
}

/**
 * Why a coordinator may take each report to the next meeting: an Allvarlig or Kritisk
 * level in some area, or a need for support stated again (on the newest report of the run).
 * `oldestFirst` is one organisation's submitted reports in round order.
 */
export function escalationGrounds(oldestFirst: readonly Answers[]): EscalationGrounds[] {
  let streak = 0;
  const grounds = oldestFirst.map((answers) => {
    const needs = needsText(answers);
    streak = needs ? streak + 1 : 0;
    return { worstImpact: worstImpact(answers), needs, needsStreak: streak, eligible: false };
  });
  // A need stated week after week is one matter: offered once, on its latest report.
  return grounds.map((g, i) => {
    const serious = g.worstImpact !== null && g.worstImpact >= SERIOUS_IMPACT;
    const continues = (grounds[i + 1]?.needsStreak ?? 0) > g.needsStreak;
    return { ...g, eligible: serious || (g.needsStreak >= REPEATED_NEEDS && !continues) };
  });
}
