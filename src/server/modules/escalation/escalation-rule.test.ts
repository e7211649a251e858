import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../core/reports/answers';
import { escalationGrounds } from './escalation-rule';

function report(impacts: (number | null)[], needs = ''): Answers {
  const areas: Answers['areas'] = {};
  impacts.forEach((impact, i) => {
    areas[`a${i}`] = { impact, criteria: null, comment: '' };
  });
  return { areas, figures: {}, texts: needs ? { needs } : {} };
}

describe('escalationGrounds', () => {
  it('makes Allvarlig and Kritisk reports eligible, lower levels not', () => {
    const grounds = escalationGrounds([report([1, 3]), report([2, 4]), report([5, null]), report([null])]);
    expect(grounds.map((g) => g.worstImpact)).toEqual([3, 4, 5, null]);
    expect(grounds.map((g) => g.eligible)).toEqual([false, true, true, false]);
  });

  it('offers a repeated need for support once, on the newest report of the run; a gap restarts it', () => {
    const grounds = escalationGrounds([
      report([1], 'Tolkstöd'),
      report([1], 'Tolkstöd'),
      report([1], '  '),
      report([1], 'Bemanning'),
      report([2], 'Bemanning'),
      report([2], 'Bemanning'),
    ]);
    expect(grounds.map((g) => g.needsStreak)).toEqual([1, 2, 0, 1, 2, 3]);
    expect(grounds.map((g) => g.eligible)).toEqual([false, true, false, false, false, true]);
    expect(grounds[1]?.needs).toBe('Tolkstöd');
  });
});
