import { describe, expect, it } from 'vitest';
import { emailsOnSend, receiptCounts } from './receipts';

describe('receiptCounts', () => {
  it('counts an acknowledgement as read too', () => {
    const at = new Date('2026-03-01T10:00:00Z');
    expect(
      receiptCounts([
        { readAt: null, acknowledgedAt: null },
        { readAt: at, acknowledgedAt: null },
        { readAt: null, acknowledgedAt: at },
        { readAt: at, acknowledgedAt: at },
      ]),
    ).toEqual({ total: 4, read: 3, acknowledged: 2, pending: 2 });
  });
});

describe('emailsOnSend', () => {
  it('e-mails viktigt and larm, not info', () => {
    expect(emailsOnSend('larm')).toBe(true);
    expect(emailsOnSend('viktigt')).toBe(true);
    expect(emailsOnSend('info')).toBe(false);
  });
});
