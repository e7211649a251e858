import { describe, expect, it } from 'vitest';
import { impactColors } from '../impact';
import { buildMapScale, sequentialColors } from './map-scale';

const options = {
  formatValue: (value: number) => String(value),
  impactLabel: (level: number) => `L${level}`,
  noDataLabel: 'Ingen rapport',
};

describe('buildMapScale', () => {
  it('colours impact levels and counts municipalities without report', () => {
    const scale = buildMapScale(
      'impact',
      [{ value: 4, label: 'Allvarlig' }, { value: null, label: '' }, undefined, { value: 1, label: 'Ingen' }],
      options,
    );
    expect(scale.colorFor({ value: 4, label: '' })).toBe(impactColors[4]);
    expect(scale.colorFor({ value: 7, label: '' })).toBeNull();
    expect(scale.colorFor(undefined)).toBeNull();
    expect(scale.legend.map((item) => [item.label, item.count])).toEqual([
      ['1 L1', 1],
      ['2 L2', 0],
      ['3 L3', 0],
      ['4 L4', 1],
      ['5 L5', 0],
      ['Ingen rapport', 2],
    ]);
  });

  it('splits sequential values into five equal classes', () => {
    const entries = [0, 10, 20, 30, 40, 50].map((value) => ({ value, label: String(value) }));
    const scale = buildMapScale('sequential', entries, options);
    expect(scale.colorFor(entries[0])).toBe(sequentialColors[0]);
    expect(scale.colorFor(entries[5])).toBe(sequentialColors[4]);
    expect(scale.legend[0]?.label).toBe('0–10');
    expect(scale.legend.slice(0, 5).reduce((sum, item) => sum + item.count, 0)).toBe(6);
  });

  it('copes with a single value and with no values', () => {
    const single = buildMapScale('sequential', [{ value: 3, label: '3' }], options);
    expect(single.legend.map((item) => item.label)).toEqual(['3', 'Ingen rapport']);
    const none = buildMapScale('sequential', [undefined], options);
    expect(none.legend.map((item) => item.label)).toEqual(['Ingen rapport']);
  });
});
