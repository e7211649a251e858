import { describe, expect, it } from 'vitest';
import { diffRows, displayValue } from './audit-diff';

describe('diffRows', () => {
  it('lists only the fields that changed, lists joined', () => {
    expect(
      diffRows(
        { name: 'Rut', roles: ['reporter'], phone: '' },
        { name: 'Rut Ek', roles: ['reporter', 'viewer'], phone: '' },
      ),
    ).toEqual([
      { field: 'name', before: 'Rut', after: 'Rut Ek' },
      { field: 'roles', before: 'reporter', after: 'reporter, viewer' },
    ]);
  });

  it('treats a missing side as empty', () => {
    expect(diffRows(null, { reports: true })).toEqual([{ field: 'reports', before: '', after: 'true' }]);
    expect(diffRows({ orgId: 'x' }, undefined)).toEqual([{ field: 'orgId', before: 'x', after: '' }]);
    expect(diffRows(null, null)).toEqual([]);
  });

  it('formats values with the given formatter', () => {
    const rows = diffRows({ isActive: true }, { isActive: false }, (_f, v) => (v ? 'Ja' : 'Nej'));
    expect(rows).toEqual([{ field: 'isActive', before: 'Ja', after: 'Nej' }]);
  });

  it('shows nested objects as JSON', () => {
    expect(displayValue({ a: 1 })).toBe('{"a":1}');
    expect(displayValue(false)).toBe('false');
  });
});
