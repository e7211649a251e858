import { describe, expect, it } from 'vitest';
import { safeNextPath } from './LoginPage';

describe('safeNextPath', () => {
  it('only follows same-site paths', () => {
    expect(safeNextPath('/lagesbild?v=1')).toBe('/lagesbild?v=1');
    expect(safeNextPath('//evil.example')).toBe('/');
    expect(safeNextPath('/\\evil.example')).toBe('/');
    expect(safeNextPath('https://evil.example')).toBe('/');
    expect(safeNextPath('/login?next=/x')).toBe('/');
    expect(safeNextPath(null)).toBe('/');
  });
});
