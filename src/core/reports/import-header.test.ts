import { describe, expect, it } from 'vitest';
import { buildImportTemplateHeader, parseImportHeader } from './import-header';
import { sampleTemplate } from './test-fixtures';

const def = sampleTemplate();

describe('buildImportTemplateHeader', () => {
  it('lists one column per answer in form order, criteria only where they decide', () => {
    expect(buildImportTemplateHeader(def)).toEqual([
      'kommunkod',
      'impact:aldreomsorg',
      'comment:aldreomsorg',
      'figure:smittade',
      'figure:franvaro',
      'criteria_a:hemtjanst',
      'criteria_b:hemtjanst',
      'criteria_c:hemtjanst',
      'comment:hemtjanst',
      'impact:ifo',
      'comment:ifo',
      'figure:kostnad',
      'figure:platser',
      'text:sammanfattning',
      'text:ovrigt',
    ]);
  });

  it('adds criteria to either-mode areas on request and can name organisations', () => {
    const header = buildImportTemplateHeader(def, { withCriteria: true, organisationColumn: 'organisation' });
    expect(header[0]).toBe('organisation');
    expect(header.slice(1, 5)).toEqual([
      'impact:aldreomsorg',
      'criteria_a:aldreomsorg',
      'criteria_b:aldreomsorg',
      'criteria_c:aldreomsorg',
    ]);
  });

  it('round-trips: its own header parses without errors', () => {
    expect(parseImportHeader(def, buildImportTemplateHeader(def, { withCriteria: true })).errors).toEqual([]);
  });
});

describe('parseImportHeader', () => {
  it('ignores case, surrounding spaces and a BOM', () => {
    const { columns, errors } = parseImportHeader(def, ['\uFEFFKommunkod', ' Figure:Platser ']);
    expect(errors).toEqual([]);
    expect(columns.map((c) => c.kind)).toEqual(['organisation', 'figure']);
  });

  it('requires the organisation in the first column', () => {
    expect(parseImportHeader(def, ['figure:platser', 'kommunkod']).errors).toEqual([
      {
        column: 'figure:platser',
        columnLetter: 'A',
        code: 'missing_organisation_column',
        params: { expected: 'kommunkod, organisation' },
      },
      { column: 'kommunkod', columnLetter: 'B', code: 'unknown_column' },
    ]);
  });

  it('reports unknown, duplicate and disallowed columns, keeping positions', () => {
    const { columns, errors } = parseImportHeader(def, [
      'kommunkod',
      'figure:okand',
      'figure:platser',
      'figure:platser',
      'impact:hemtjanst',
      'criteria_a:ifo',
      '',
      'platser',
    ]);
    expect(errors.map((e) => [e.columnLetter, e.code])).toEqual([
      ['B', 'unknown_column'],
      ['D', 'duplicate_column'],
      ['E', 'column_not_allowed'],
      ['F', 'column_not_allowed'],
      ['H', 'unknown_column'],
    ]);
    expect(columns.map((c) => c.kind)).toEqual([
      'organisation',
      'ignored',
      'figure',
      'ignored',
      'ignored',
      'ignored',
      'ignored',
      'ignored',
    ]);
  });

  it('asks for all three criteria columns of an area', () => {
    expect(
      parseImportHeader(def, ['kommunkod', 'criteria_a:hemtjanst', 'criteria_c:hemtjanst']).errors,
    ).toEqual([
      {
        column: 'criteria_a:hemtjanst',
        columnLetter: 'B',
        code: 'incomplete_criteria',
        params: { area: 'hemtjanst' },
      },
      {
        column: 'criteria_c:hemtjanst',
        columnLetter: 'C',
        code: 'incomplete_criteria',
        params: { area: 'hemtjanst' },
      },
    ]);
  });
});
