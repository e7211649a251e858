import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { buildImportTemplateHeader, mapImportTable, type OrganisationLookup, parseCsv } from './import-table';
import { completeAnswers, sampleTemplate } from './test-fixtures';

const def = sampleTemplate();
const header = buildImportTemplateHeader(def);
const orgs: OrganisationLookup = {
  byCode: new Map([
    ['0180', 'stockholm'],
    ['1480', 'goteborg'],
    ['1384', 'kungsbacka'],
  ]),
  byName: new Map([
    ['Stockholm', 'stockholm'],
    ['Göteborg', 'goteborg'],
    ['Kungsbacka', 'kungsbacka'],
  ]),
};

/** A complete, valid row for `header`, with cells overridden by column name. */
function row(org: string, cells: Record<string, string> = {}): string[] {
  const valid: Record<string, string> = {
    'impact:aldreomsorg': '2',
    'figure:smittade': '3',
    'criteria_a:hemtjanst': 'partly',
    'criteria_b:hemtjanst': 'yes',
    'criteria_c:hemtjanst': 'normal',
    'impact:ifo': '1',
    'text:sammanfattning': 'Lugnt',
  };
  return header.map((name, i) => (i === 0 ? org : (cells[name] ?? valid[name] ?? '')));
}

describe('mapImportTable', () => {
  it('maps valid rows to answers with 1-based spreadsheet row numbers, skipping blank rows', () => {
    const result = mapImportTable(
      [
        header,
        row('1480', {
          'impact:aldreomsorg': '4 Allvarlig',
          'comment:aldreomsorg': '  Brist på personal ',
          'figure:franvaro': '12,5 %',
          'figure:kostnad': '\u2212 2,5',
          'figure:platser': '1 234',
          'criteria_b:hemtjanst': 'Ansträngda',
          'comment:hemtjanst': 'Hög belastning',
        }),
        ['', '  ', ''],
        row('180'),
      ],
      def,
      orgs,
    );
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.rowNumber, r.orgId])).toEqual([
      [2, 'goteborg'],
      [4, 'stockholm'],
    ]);
    const first = result.rows[0]?.answers;
    expect(first?.areas.aldreomsorg).toEqual({ impact: 4, criteria: null, comment: 'Brist på personal' });
    // The level of a criteria area is computed on import.
    expect(first?.areas.hemtjanst).toEqual({
      impact: 2,
      criteria: { a: 'partly', b: 'strained', c: 'normal' },
      comment: 'Hög belastning',
    });
    expect(first?.figures).toEqual({ smittade: 3, franvaro: 12.5, kostnad: -2.5, platser: 1234 });
    expect(first?.texts).toEqual({ sammanfattning: 'Lugnt', ovrigt: '' });
  });

  it('finds organisations by name, ignoring case, spaces and a " kommun" suffix', () => {
    const table = [['Organisation', ...header.slice(1)], row('  göteborg '), row('Kungsbacka kommun')];
    const result = mapImportTable(table, def, orgs);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => r.orgId)).toEqual(['goteborg', 'kungsbacka']);
  });

  it('reports unknown, missing and duplicate organisations on column A', () => {
    const result = mapImportTable([header, row('1480'), row('9999'), row(''), row('Göteborg')], def, orgs);
    expect(result.errors).toEqual([
      {
        row: 3,
        column: 'kommunkod',
        columnLetter: 'A',
        code: 'unknown_organisation',
        params: { value: '9999' },
      },
      { row: 4, column: 'kommunkod', columnLetter: 'A', code: 'required' },
      {
        row: 5,
        column: 'kommunkod',
        columnLetter: 'A',
        code: 'duplicate_organisation',
        params: { firstRow: 2 },
      },
    ]);
    expect(result.rows.map((r) => r.orgId)).toEqual(['goteborg']);
  });

  it('reports cell errors and validation errors at their column', () => {
    const result = mapImportTable(
      [
        header,
        row('1480', {
          'figure:smittade': 'tre',
          'figure:franvaro': '120',
          'figure:platser': '2,5',
          'impact:aldreomsorg': '5',
          'impact:ifo': 'hög',
          'text:sammanfattning': '',
        }),
      ],
      def,
      orgs,
    );
    expect(result.errors).toEqual([
      { row: 2, column: 'figure:smittade', columnLetter: 'D', code: 'not_a_number' },
      { row: 2, column: 'impact:ifo', columnLetter: 'J', code: 'invalid_value' },
      {
        row: 2,
        column: 'comment:aldreomsorg',
        columnLetter: 'C',
        code: 'comment_required',
        params: { level: 5 },
      },
      { row: 2, column: 'figure:franvaro', columnLetter: 'E', code: 'too_big', params: { max: 100 } },
      { row: 2, column: 'figure:platser', columnLetter: 'M', code: 'not_integer' },
      { row: 2, column: 'text:sammanfattning', columnLetter: 'N', code: 'required' },
    ]);
    // The row is still returned for a preview; the caller saves nothing while errors exist.
    expect(result.rows).toHaveLength(1);
  });

  it('names a missing column with no letter', () => {
    const result = mapImportTable(
      [
        ['kommunkod', 'figure:platser'],
        ['1480', '7'],
      ],
      def,
      orgs,
    );
    expect(result.errors.map((e) => [e.column, e.columnLetter, e.code])).toEqual([
      ['impact:aldreomsorg', null, 'impact_required'],
      ['criteria_a:hemtjanst', null, 'impact_required'],
      ['impact:ifo', null, 'impact_required'],
      ['figure:smittade', null, 'required'],
      ['text:sammanfattning', null, 'required'],
    ]);
  });

  it('fills absent columns from base answers and lets the file decide the rest', () => {
    const base: Answers = completeAnswers();
    base.areas.aldreomsorg = { impact: 1, criteria: { a: 'yes', b: 'yes', c: 'normal' }, comment: 'gammal' };
    const result = mapImportTable(
      [
        ['kommunkod', 'impact:aldreomsorg', 'comment:aldreomsorg', 'figure:platser'],
        ['1480', '4', 'Ny kommentar', ''],
      ],
      def,
      orgs,
      { base: new Map([['goteborg', base]]) },
    );
    expect(result.errors).toEqual([]);
    const answers = result.rows[0]?.answers;
    // The old criteria (level 1) must not override the level 4 given in the file.
    expect(answers?.areas.aldreomsorg).toEqual({ impact: 4, criteria: null, comment: 'Ny kommentar' });
    expect(answers?.figures.platser).toBeNull();
    expect(answers?.figures.smittade).toBe(3);
    expect(answers?.areas.ifo).toEqual(base.areas.ifo);
    expect(base.areas.aldreomsorg?.comment).toBe('gammal');
  });

  it('asks for the rest when only some criteria are given', () => {
    const result = mapImportTable([header, row('1480', { 'criteria_b:hemtjanst': '' })], def, orgs);
    expect(result.errors).toEqual([
      { row: 2, column: 'criteria_b:hemtjanst', columnLetter: 'G', code: 'required' },
    ]);
  });

  it('reports one error for an invalid criterion, not also a missing level', () => {
    const result = mapImportTable([header, row('1480', { 'criteria_c:hemtjanst': 'kaos' })], def, orgs);
    expect(result.errors).toEqual([
      { row: 2, column: 'criteria_c:hemtjanst', columnLetter: 'H', code: 'invalid_value' },
    ]);
  });

  it('reports data in a column without header once', () => {
    const table = [header, [...row('1480'), 'x'], [...row('0180'), 'y']];
    expect(mapImportTable(table, def, orgs).errors).toEqual([
      { row: 2, column: '', columnLetter: 'P', code: 'unknown_column' },
    ]);
  });

  it('stops at a header without organisation column, and checks only values in draft mode', () => {
    expect(mapImportTable([['figure:platser'], ['7']], def, orgs).rows).toEqual([]);
    const draft = mapImportTable(
      [
        ['kommunkod', 'figure:platser'],
        ['1480', '7'],
      ],
      def,
      orgs,
      { mode: 'draft' },
    );
    expect(draft.errors).toEqual([]);
    expect(draft.rows[0]?.answers.figures).toEqual({ platser: 7 });
  });

  it('returns nothing for an empty table', () => {
    expect(mapImportTable([], def, orgs).rows).toEqual([]);
  });
});

describe('parseCsv', () => {
  it('detects the semicolon of Swedish Excel despite decimal commas, and drops the BOM', () => {
    const parsed = parseCsv('\uFEFFkommunkod;figure:kostnad\r\n0180;12,5\r\n1480;3\r\n');
    expect(parsed.delimiter).toBe(';');
    expect(parsed.rows).toEqual([
      ['kommunkod', 'figure:kostnad'],
      ['0180', '12,5'],
      ['1480', '3'],
    ]);
    expect(parsed.errors).toEqual([]);
  });

  it('reads comma-separated files with quoted decimal commas and line breaks', () => {
    const parsed = parseCsv('kommunkod,figure:kostnad,comment:ifo\n0180,"12,5","rad ett\nrad två"\n1480,3,');
    expect(parsed.delimiter).toBe(',');
    expect(parsed.rows).toEqual([
      ['kommunkod', 'figure:kostnad', 'comment:ifo'],
      ['0180', '12,5', 'rad ett\nrad två'],
      ['1480', '3', ''],
    ]);
  });

  it('keeps empty lines so row numbers match the file', () => {
    const parsed = parseCsv('kommunkod\tfigure:platser\n\n0180\t4\n');
    expect(parsed.delimiter).toBe('\t');
    expect(parsed.rows).toEqual([['kommunkod', 'figure:platser'], [''], ['0180', '4']]);
  });

  it('reports an unterminated quote with its row', () => {
    const parsed = parseCsv('kommunkod;comment:ifo\n0180;"öppen\n');
    expect(parsed.errors[0]).toMatchObject({ row: 2, code: 'MissingQuotes' });
  });

  it('parses a single-column file', () => {
    expect(parseCsv('kommunkod\n0180').rows).toEqual([['kommunkod'], ['0180']]);
  });
});
