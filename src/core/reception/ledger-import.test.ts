import { describe, expect, it } from 'vitest';
import { mapLedgerTable } from './ledger-import';

const header = [
  'Hushållsreferens',
  'Storlek',
  'Vuxna',
  'Barn',
  'Målgrupp',
  'Anvisningsdatum',
  'Planerat mottagande',
  'Mottagen',
];

describe('mapLedgerTable', () => {
  it('reads rows with Swedish headers and words', () => {
    const result = mapLedgerTable(
      [
        header,
        ['HH-1', '3', '2', '1', 'Kvotflykting', '2026-02-01', '2026-03-01', ''],
        ['HH-2', '1', '1', '0', 'skyddsbehövande LMA', '2026/02/03', '', '2026-02-20'],
        ['', '', '', '', '', '', '', ''],
      ],
      '2026-04-01',
    );
    expect(result.errors).toEqual([]);
    expect(result.dataRows).toBe(2);
    expect(result.rows.map((r) => [r.row, r.fields.targetGroup, r.fields.status])).toEqual([
      [2, 'kvotflykting', 'assigned'],
      [3, 'skyddsbehovande_lma', 'received'],
    ]);
  });

  it('names every problem by row and column', () => {
    const result = mapLedgerTable(
      [
        header,
        ['850709-9805', '3', '2', '2', 'kvot', '2026-02-01', '', ''],
        ['HH-3', 'tre', '2', '1', 'okänd', '2026-02-30', '', ''],
        ['HH-4', '2', '2', '0', 'abo', '2026-02-01', '2026-01-01', ''],
        ['HH-4', '2', '2', '0', 'abo', '2026-02-01', '', ''],
      ],
      '2026-04-01',
    );
    expect(result.rows).toEqual([]);
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'householdRef', 'personnummer_not_allowed'],
      [2, 'householdSize', 'size_not_adults_plus_children'],
      [3, 'householdSize', 'not_integer'],
      [3, 'targetGroup', 'unknown_target_group'],
      [3, 'assignedOn', 'invalid_date'],
      [4, 'plannedReceptionOn', 'date_before_assignment'],
      [5, 'householdRef', 'duplicate_reference'],
    ]);
  });

  it('reports unknown and missing columns on the header row', () => {
    const result = mapLedgerTable([['Referens', 'Namn']], '2026-04-01');
    expect(result.errors.map((e) => e.code)).toContain('unknown_column');
    expect(result.errors.filter((e) => e.code === 'missing_column')).toHaveLength(5);
  });
});
