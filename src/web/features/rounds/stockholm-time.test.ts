import { describe, expect, it } from 'vitest';
import { isoToStockholmInput, stockholmInputToIso } from './stockholm-time';

describe('Stockholm date-time inputs', () => {
  it('reads wall-clock time in winter and summer', () => {
    expect(stockholmInputToIso('2026-03-27T12:00')).toBe('2026-03-27T12:00:00+01:00');
    expect(stockholmInputToIso('2026-03-30T08:00')).toBe('2026-03-30T08:00:00+02:00');
  });

  it('refuses malformed input', () => {
    expect(stockholmInputToIso('')).toBeNull();
    expect(stockholmInputToIso('2026-13-40T25:00')).toBeNull();
    expect(stockholmInputToIso('i morgon')).toBeNull();
  });

  it('fills inputs in Stockholm time from UTC instants', () => {
    expect(isoToStockholmInput('2026-10-26T07:00:00.000Z')).toBe('2026-10-26T08:00');
    expect(isoToStockholmInput('2026-10-19T06:00:00.000Z')).toBe('2026-10-19T08:00');
  });
});
