import { describe, expect, it } from 'vitest';
import { csvField, csvLine, swedishExcel, toCsv } from './csv';

describe('CSV for Swedish Excel', () => {
  it('starts with a BOM, separates with semicolons and ends lines with CRLF', () => {
    const text = toCsv([
      ['Kommun', 'Antal'],
      ['Öckerö', 3],
    ]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe('Kommun;Antal\r\nÖckerö;3\r\n');
  });

  it('writes decimals with a comma and no thousands separator', () => {
    expect(csvLine([12.5, 1234567.25, -0.5, 0, 0.1 + 0.2])).toBe('12,5;1234567,25;-0,5;0;0,3\r\n');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('quotes fields holding the separator, quotes, line breaks or edge spaces', () => {
    expect(csvField('Ale; Alingsås')).toBe('"Ale; Alingsås"');
    expect(csvField('Han sa "brist"')).toBe('"Han sa ""brist"""');
    expect(csvField('rad 1\nrad 2')).toBe('"rad 1\nrad 2"');
    expect(csvField(' indrag')).toBe('" indrag"');
    expect(csvField('Allt lugnt')).toBe('Allt lugnt');
  });

  it('keeps å, ä, ö and empty cells intact', () => {
    expect(csvLine(['Håbo', null, undefined, 'Åre', 'Malmö'])).toBe('Håbo;;;Åre;Malmö\r\n');
  });

  it('writes booleans as words and defuses text that a spreadsheet would run as a formula', () => {
    expect(csvLine([true, false])).toBe('Ja;Nej\r\n');
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('-lite sämre')).toBe("'-lite sämre");
    expect(csvField(-3)).toBe('-3');
  });

  it('follows another dialect when asked', () => {
    const dialect = { ...swedishExcel, separator: ',', decimalSeparator: '.', lineEnd: '\n', bom: false };
    expect(toCsv([['a,b', 1.5]], dialect)).toBe('"a,b",1.5\n');
  });
});
