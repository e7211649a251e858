import { describe, expect, it } from 'vitest';
import { mapBatchTable } from './batch-import';

describe('mapBatchTable', () => {
  it('reads English and Swedish headers, flags and fit columns', () => {
    const out = mapBatchTable([
      [
        'ID',
        'Persons',
        'Adults',
        'Children',
        'Current municipality',
        'Stor bostad',
        'Tillgänglig',
        'fit 1480',
      ],
      ['A', '5', '2', '3', '1480', 'ja', 'x', '0,75'],
      ['', '', '', '', '', '', '', ''],
      ['B', '1', '1', '0', '', '', 'nej', ''],
    ]);
    expect(out.errors).toEqual([]);
    expect(out.dataRows).toBe(2);
    expect(out.households).toEqual([
      {
        id: 'A',
        persons: 5,
        adults: 2,
        children: 3,
        currentMunicipality: '1480',
        familyMunicipality: null,
        needsLarge: true,
        needsAccessible: true,
        fit: { '1480': 0.75 },
      },
      {
        id: 'B',
        persons: 1,
        adults: 1,
        children: 0,
        currentMunicipality: null,
        familyMunicipality: null,
        needsLarge: false,
        needsAccessible: false,
      },
    ]);
  });

  it('names unknown and duplicate columns and returns no households while any row is wrong', () => {
    const out = mapBatchTable([
      ['referens', 'personer', 'vuxna', 'barn', 'barn', 'skostorlek'],
      ['A', '2', '1', '1', '1', '42'],
    ]);
    expect(out.errors.map((e) => [e.header, e.code])).toEqual([
      ['barn', 'duplicate_column'],
      ['skostorlek', 'unknown_column'],
    ]);
    expect(out.households).toEqual([]);
  });
});
