/**
 * Where a round stands at an instant. Open from its opening up to (not including) its
 * deadline; filing after the deadline is still allowed but counts as late, so "closed"
 * means "past the deadline", not "refuses reports".
 */
export type RoundState = 'upcoming' | 'open' | 'closed';

export interface RoundTimes {
  opensAt: Date;
  deadlineAt: Date;
}

export function roundState(round: RoundTimes, now: Date): RoundState {
  const t = now.getTime();
  if (t < round.opensAt.getTime()) return 'upcoming';
  if (t < round.deadlineAt.getTime()) return 'open';
  return 'closed';
}

/** A report filed at `at` is late when it comes at or after the round's deadline. */
export function isLateFiling(round: RoundTimes, at: Date): boolean {
  return at.getTime() >= round.deadlineAt.getTime();
}
