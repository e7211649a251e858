import { describe, expect, it } from 'vitest';
import { isLateFiling, roundState } from './round-state';

const round = { opensAt: new Date('2026-03-23T07:00:00Z'), deadlineAt: new Date('2026-03-25T11:00:00Z') };

describe('roundState', () => {
  it('is upcoming before the opening', () => {
    expect(roundState(round, new Date('2026-03-23T06:59:59.999Z'))).toBe('upcoming');
  });
  it('is open from the opening instant up to the deadline', () => {
    expect(roundState(round, new Date('2026-03-23T07:00:00Z'))).toBe('open');
    expect(roundState(round, new Date('2026-03-25T10:59:59.999Z'))).toBe('open');
  });
  it('is closed from the deadline instant on', () => {
    expect(roundState(round, new Date('2026-03-25T11:00:00Z'))).toBe('closed');
    expect(roundState(round, new Date('2027-01-01T00:00:00Z'))).toBe('closed');
  });
});

describe('isLateFiling', () => {
  it('counts a filing at or after the deadline as late', () => {
    expect(isLateFiling(round, new Date('2026-03-25T10:59:59Z'))).toBe(false);
    expect(isLateFiling(round, new Date('2026-03-25T11:00:00Z'))).toBe(true);
  });
});
