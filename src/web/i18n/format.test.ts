import { describe, expect, it } from 'vitest';
import { parseLocaleNumber } from './format';

describe('parseLocaleNumber', () => {
  it('reads Swedish and plain notation', () => {
    expect(parseLocaleNumber('1 234,5')).toBe(1234.5);
    expect(parseLocaleNumber('12.5')).toBe(12.5);
    expect(parseLocaleNumber('\u22123')).toBe(-3);
    expect(parseLocaleNumber('  ')).toBeNull();
    expect(parseLocaleNumber('12 st')).toBeNaN();
    expect(parseLocaleNumber('1,2,3')).toBeNaN();
  });
});
