import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../testing/test-db';
import { buildImportWorld, HEADER, type ImportWorld, upload } from './imports.fixtures';

const getDb = useTestDatabase();
let w: ImportWorld;

beforeAll(async () => {
  w = await buildImportWorld(getDb());
});

const url = (roundId: string, format: 'csv' | 'xlsx') => `/api/rounds/${roundId}/import-template.${format}`;

describe('import templates', () => {
  it('CSV: BOM, semicolons, the headers and one row per reporting member for a coordinator', async () => {
    const res = await w.coordinator.raw(url(w.roundId, 'csv'), { method: 'GET' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="import-2025-v11.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder()
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]?.split(';')).toEqual(HEADER);
    expect(lines.slice(1).map((l) => l.split(';').slice(0, 2))).toEqual([
      ['1401', 'Härryda kommun'],
      ['1402', 'Partille kommun'],
      ['1407', 'Öckerö kommun'],
    ]);
    expect(lines[1]?.split(';')).toHaveLength(HEADER.length);
  });

  it('a reporter gets a template with its own organisation only', async () => {
    const res = await w.reporterHarryda.raw(url(w.roundId, 'csv'), { method: 'GET' });
    const lines = (await res.text()).trimEnd().split('\r\n');
    expect(lines.slice(1).map((l) => l.split(';')[0])).toEqual(['1401']);
  });

  it('XLSX: kommunkod kept as text, an instructions sheet, and a filled-in copy imports cleanly', async () => {
    const res = await w.coordinator.raw(url(w.roundId, 'xlsx'), {
      method: 'GET',
      headers: { 'accept-language': 'en' },
    });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const [sheet, help] = workbook.worksheets;
    if (!sheet || !help) throw new Error('template has two sheets');
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADER]);
    expect(sheet.getCell('A2').value).toBe('1401');
    expect(sheet.getCell('B4').value).toBe('Öckerö kommun');
    expect(help.name).toBe('Instructions');
    const helpRows: string[] = [];
    help.eachRow((row) => helpRows.push(JSON.stringify(row.values)));
    expect(helpRows.join('\n')).toContain('figure:smittade');
    expect(helpRows.join('\n')).toContain('Whole number, at least 0, required');

    // Fill in one municipality; rows left with only their kommunkod are skipped.
    const fill: Record<string, string | number> = {
      'impact:aldreomsorg': 2,
      'figure:smittade': 1,
      'criteria_a:hemtjanst': 'ja',
      'criteria_b:hemtjanst': 'ja',
      'criteria_c:hemtjanst': 'normal',
      'impact:ifo': 'Måttlig',
      'text:sammanfattning': 'Lugnt',
    };
    for (const [column, value] of Object.entries(fill))
      sheet.getCell(2, HEADER.indexOf(column) + 1).value = value;
    const filled = new Uint8Array(await workbook.xlsx.writeBuffer());
    const dry = await upload(w.coordinator, w.roundId, { name: 'mall.xlsx', content: filled });
    expect(dry.body.errors).toEqual([]);
    expect(dry.body.organisations.map((o) => o.code)).toEqual(['1401']);
    expect(dry.body).toMatchObject({ rows: 1, skipped: 2 });
  });

  it('the same rules as the import: 401, 403, 404', async () => {
    expect((await w.t.anonymous().raw(url(w.roundId, 'csv'), { method: 'GET' })).status).toBe(401);
    expect((await w.viewerHarryda.raw(url(w.roundId, 'csv'), { method: 'GET' })).status).toBe(403);
    expect((await w.outsider.raw(url(w.roundId, 'xlsx'), { method: 'GET' })).status).toBe(404);
  });
});
