import { describe, expect, it } from 'vitest';
import { decodeCsv, detectFormat } from './upload-reader';
import { cellText } from './xlsx-table';
import { declaredUncompressedSize, looksLikeZip } from './zip-size';

describe('detectFormat', () => {
  const bytes = new TextEncoder().encode('kommunkod;x');
  it('goes by content first, then by name and type', () => {
    expect(detectFormat({ name: 'a.csv', type: 'text/csv' }, Uint8Array.from([0x50, 0x4b, 3, 4]))).toBe(
      'xlsx',
    );
    expect(detectFormat({ name: 'a.xlsx', type: '' }, bytes)).toBe('xlsx');
    expect(detectFormat({ name: 'a.CSV', type: '' }, bytes)).toBe('csv');
    expect(detectFormat({ name: 'export', type: 'text/csv' }, bytes)).toBe('csv');
    expect(() => detectFormat({ name: 'a.xls', type: 'application/vnd.ms-excel' }, bytes)).toThrow(
      'unsupported_media_type',
    );
    expect(() => detectFormat({ name: 'a.pdf', type: 'application/pdf' }, bytes)).toThrow(
      'unsupported_media_type',
    );
  });
});

describe('decodeCsv', () => {
  it('reads UTF-8, UTF-16 with BOM and falls back to Windows-1252', () => {
    expect(decodeCsv(new TextEncoder().encode('Öckerö'))).toBe('Öckerö');
    expect(decodeCsv(Uint8Array.from([0xff, 0xfe, 0xd6, 0x00, 0x6b, 0x00]))).toBe('Ök');
    expect(decodeCsv(Uint8Array.from([0xd6, 0x63, 0x6b, 0x65, 0x72, 0xf6]))).toBe('Öckerö');
    expect(() => decodeCsv(Uint8Array.from([0x41, 0x00]))).toThrow('import_unreadable');
  });
});

describe('cellText', () => {
  it('gives what a cell shows', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(12.5)).toBe('12.5');
    expect(cellText(0.125, '0.0%')).toBe('12.5');
    expect(cellText(0.07, '0%')).toBe('7');
    expect(cellText({ formula: 'A1*2', result: 4 })).toBe('4');
    expect(cellText({ sharedFormula: 'A1', result: 'x' })).toBe('x');
    expect(cellText({ richText: [{ text: 'Hög ' }, { text: 'last' }] })).toBe('Hög last');
    expect(cellText({ text: 'länk', hyperlink: 'https://example.se' })).toBe('länk');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
    expect(cellText(new Date('2025-03-01T00:00:00Z'))).toBe('2025-03-01');
    expect(cellText(true)).toBe('TRUE');
  });
});

describe('zip checks', () => {
  it('recognises a ZIP and reads the declared sizes of its entries', () => {
    expect(looksLikeZip(Uint8Array.from([0x50, 0x4b, 3, 4]))).toBe(true);
    expect(looksLikeZip(new TextEncoder().encode('kommunkod'))).toBe(false);
    // A minimal archive: one central-directory entry declaring 4 GB, and its end record.
    const entry = new Uint8Array(46 + 1);
    const view = new DataView(entry.buffer);
    view.setUint32(0, 0x02014b50, true);
    view.setUint32(24, 0xffffffff, true);
    view.setUint16(28, 1, true);
    const end = new Uint8Array(22);
    const endView = new DataView(end.buffer);
    endView.setUint32(0, 0x06054b50, true);
    endView.setUint16(10, 1, true);
    endView.setUint32(16, 4, true);
    const archive = Uint8Array.from([0x50, 0x4b, 3, 4, ...entry, ...end]);
    expect(declaredUncompressedSize(archive)).toBe(0xffffffff);
    expect(declaredUncompressedSize(new TextEncoder().encode('not a zip at all, not at all, no'))).toBeNull();
  });
});
