import { describe, expect, it } from 'vitest';
import { columnLetter, parseCriterionCell, parseImpactCell, parseNumberCell } from './import-cells';

describe('parseNumberCell', () => {
  it.each([
    ['12,5', 12.5],
    ['12.5', 12.5],
    [' 7 ', 7],
    ['1 234', 1234],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f000', 1000],
    ['\u22123', -3],
    ['-0,5', -0.5],
    [',5', 0.5],
    ['1e3', 1000],
    ['0', 0],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumberCell(text)).toEqual({ ok: true, value });
  });

  it('reads a blank cell as empty', () => {
    expect(parseNumberCell('  ')).toEqual({ ok: true, value: null });
  });

  it.each(['abc', '12,5,1', '1,234.5', '1.2.3', '12 st', '--1', '%', '5%'])('rejects %j', (text) => {
    expect(parseNumberCell(text)).toEqual({ ok: false });
  });

  it('accepts a percent sign only where allowed', () => {
    expect(parseNumberCell('12,5 %', { allowPercentSign: true })).toEqual({ ok: true, value: 12.5 });
    expect(parseNumberCell('12,5 %')).toEqual({ ok: false });
  });
});

describe('parseImpactCell', () => {
  it.each([
    ['4', 4],
    ['1', 1],
    ['4,0', 4],
    ['4 Allvarlig', 4],
    ['4 - Allvarlig', 4],
    ['5: kritisk', 5],
    ['Ingen påverkan', 1],
    ['MÅTTLIG', 2],
    ['  betydande ', 3],
  ])('reads %j as %d', (text, value) => {
    expect(parseImpactCell(text)).toEqual({ ok: true, value });
  });

  it.each(['0', '6', '4,5', 'hög', '4 Kritisk', '44'])('rejects %j', (text) => {
    expect(parseImpactCell(text)).toEqual({ ok: false });
  });

  it('reads a blank cell as empty', () => {
    expect(parseImpactCell('')).toEqual({ ok: true, value: null });
  });
});

describe('parseCriterionCell', () => {
  it('accepts codes, severities and Swedish words', () => {
    expect(parseCriterionCell('a', 'partly')).toEqual({ ok: true, value: 'partly' });
    expect(parseCriterionCell('a', 'Delvis')).toEqual({ ok: true, value: 'partly' });
    expect(parseCriterionCell('b', '2')).toEqual({ ok: true, value: 'exhausted' });
    expect(parseCriterionCell('b', 'Ansträngda')).toEqual({ ok: true, value: 'strained' });
    expect(parseCriterionCell('c', 'överväldigande')).toEqual({ ok: true, value: 'overwhelming' });
    expect(parseCriterionCell('c', '')).toEqual({ ok: true, value: null });
  });

  it('rejects values of another criterion', () => {
    expect(parseCriterionCell('a', 'strained')).toEqual({ ok: false });
    expect(parseCriterionCell('c', 'ja')).toEqual({ ok: false });
    expect(parseCriterionCell('b', '3')).toEqual({ ok: false });
    expect(parseCriterionCell('a', 'toString')).toEqual({ ok: false });
  });
});

describe('columnLetter', () => {
  it('counts like a spreadsheet', () => {
    expect([0, 2, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'C',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});
