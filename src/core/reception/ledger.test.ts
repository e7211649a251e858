import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignmentProblems,
  behindPlan,
  elapsedShareOfYear,
  type LedgerEntry,
  ledgerTotals,
  looksLikePersonnummer,
  referenceProblem,
  sumTrends,
  weeklyTrend,
} from './ledger';

const base = {
  householdRef: 'GBG-2026-001',
  householdSize: 3,
  adults: 2,
  children: 1,
  status: 'assigned' as const,
  assignedOn: '2026-02-01',
  plannedReceptionOn: '2026-03-01',
  receivedOn: null,
};

describe('looksLikePersonnummer', () => {
  it.each([
    '850709-9805',
    '198507099805',
    '8507099805',
    '19850709-9805',
    'hh-850709-9805',
    '850769-9805', // samordningsnummer
    '850709+9805',
    '850709 9805',
  ])('refuses %s', (text) => expect(looksLikePersonnummer(text)).toBe(true));

  it.each(['GBG-2026-001', 'HH-17', 'MOL/2026/44', '2026-0012', 'A12345678'])('accepts %s', (text) =>
    expect(looksLikePersonnummer(text)).toBe(false),
  );

  it('refuses any ten-digit run', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{10,12}$/), (digits) => looksLikePersonnummer(digits)));
  });
});

describe('referenceProblem', () => {
  it('refuses names with spaces and empty references', () => {
    expect(referenceProblem('Anna Svensson')).toBe('invalid_reference');
    expect(referenceProblem('')).toBe('invalid_reference');
    expect(referenceProblem('Hushåll-Ö7')).toBeNull();
  });
});

describe('assignmentProblems', () => {
  it('accepts a consistent assignment', () => {
    expect(assignmentProblems(base, '2026-04-01')).toEqual([]);
  });
  it('requires size = adults + children', () => {
    expect(assignmentProblems({ ...base, householdSize: 4 }, '2026-04-01')).toContainEqual({
      path: 'householdSize',
      code: 'size_not_adults_plus_children',
    });
  });
  it('checks the order of dates', () => {
    const problems = assignmentProblems(
      { ...base, plannedReceptionOn: '2026-01-01', receivedOn: '2026-01-15', status: 'received' },
      '2026-04-01',
    );
    expect(problems.map((p) => p.path)).toEqual(['plannedReceptionOn', 'receivedOn']);
  });
  it('ties the reception date to the received status', () => {
    expect(assignmentProblems({ ...base, status: 'received' }, '2026-04-01')).toEqual([
      { path: 'receivedOn', code: 'required' },
    ]);
    expect(assignmentProblems({ ...base, receivedOn: '2026-03-02' }, '2026-04-01')).toEqual([
      { path: 'status', code: 'received_date_needs_received_status' },
    ]);
    expect(
      assignmentProblems({ ...base, status: 'received', receivedOn: '2026-05-01' }, '2026-04-01'),
    ).toEqual([{ path: 'receivedOn', code: 'date_in_future' }]);
  });
});

const entry = (
  size: number,
  status: LedgerEntry['status'],
  extra: Partial<LedgerEntry> = {},
): LedgerEntry => ({
  householdSize: size,
  status,
  assignedOn: '2026-01-10',
  plannedReceptionOn: null,
  receivedOn: status === 'received' ? '2026-02-10' : null,
  ...extra,
});

describe('ledgerTotals', () => {
  it('counts received persons against the kommuntal, cancelled not at all', () => {
    const totals = ledgerTotals(
      [
        entry(3, 'received'),
        entry(2, 'assigned', { plannedReceptionOn: '2026-03-01' }),
        entry(4, 'cancelled'),
      ],
      20,
      '2026-04-01',
    );
    expect(totals).toMatchObject({ assigned: 5, received: 3, pending: 2, remaining: 17, overdue: 1 });
    expect(totals.households).toEqual({ assigned: 2, received: 1, pending: 1 });
  });
  it('has no remaining without a kommuntal', () => {
    expect(ledgerTotals([], null, '2026-04-01').remaining).toBeNull();
  });
  it('keeps assigned = received + pending for any ledger', () => {
    const arb = fc.array(
      fc.record({
        size: fc.integer({ min: 1, max: 9 }),
        status: fc.constantFrom('assigned', 'received', 'cancelled'),
      }),
    );
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 500 }), (rows, quota) => {
        const t = ledgerTotals(
          rows.map((r) => entry(r.size, r.status as LedgerEntry['status'])),
          quota,
          '2026-06-01',
        );
        return t.assigned === t.received + t.pending && t.remaining === quota - t.received;
      }),
    );
  });
});

describe('behindPlan', () => {
  it('warns when the received share trails the elapsed year by more than the threshold', () => {
    // 1 July: about half the year has passed; 10 of 60 received is 17 %.
    const result = behindPlan({ kommuntal: 60, received: 10, overdue: 0 }, 2026, '2026-07-01');
    expect(result.behind).toBe(true);
    expect(result.reasons).toEqual(['behind_share']);
  });
  it('does not warn when on track or without a kommuntal', () => {
    expect(behindPlan({ kommuntal: 60, received: 25, overdue: 0 }, 2026, '2026-07-01').behind).toBe(false);
    expect(behindPlan({ kommuntal: null, received: 0, overdue: 0 }, 2026, '2026-12-01').behind).toBe(false);
  });
  it('warns on planned receptions that have passed', () => {
    expect(behindPlan({ kommuntal: 60, received: 60, overdue: 2 }, 2026, '2026-07-01').reasons).toEqual([
      'overdue_receptions',
    ]);
  });
  it('uses the share of the year that has passed', () => {
    expect(elapsedShareOfYear(2026, '2025-12-31')).toBe(0);
    expect(elapsedShareOfYear(2026, '2026-12-31')).toBe(1);
    expect(elapsedShareOfYear(2026, '2027-01-01')).toBe(1);
  });
});

describe('weeklyTrend', () => {
  it('counts persons per ISO week and accumulates received', () => {
    const trend = weeklyTrend(
      [
        entry(3, 'received', { assignedOn: '2026-01-05', receivedOn: '2026-01-14' }),
        entry(2, 'assigned', { assignedOn: '2026-01-06' }),
        entry(5, 'cancelled', { assignedOn: '2026-01-06' }),
      ],
      2026,
      '2026-01-20',
    );
    // 1 January 2026 is a Thursday of ISO week 1.
    expect(trend.map((w) => w.isoWeek)).toEqual([1, 2, 3, 4]);
    expect(trend[1]).toMatchObject({ assigned: 5, received: 0, receivedToDate: 0 });
    expect(trend[2]).toMatchObject({ assigned: 0, received: 3, receivedToDate: 3 });
    expect(trend[3]?.receivedToDate).toBe(3);
  });
  it('starts in the previous ISO year when 1 January belongs to it', () => {
    // 1 January 2027 is a Friday in ISO week 53 of 2026.
    const trend = weeklyTrend([], 2027, '2027-01-12');
    expect(trend[0]).toMatchObject({ isoYear: 2026, isoWeek: 53 });
  });
  it('sums trends week by week', () => {
    const a = weeklyTrend([entry(2, 'received', { receivedOn: '2026-01-14' })], 2026, '2026-01-20');
    const b = weeklyTrend([entry(1, 'received', { receivedOn: '2026-01-14' })], 2026, '2026-01-20');
    expect(sumTrends([a, b])[2]).toMatchObject({ received: 3, receivedToDate: 3 });
  });
});
