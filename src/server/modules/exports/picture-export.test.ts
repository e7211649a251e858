import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit';
import { readPdf } from '../../platform/export/pdf-inspect';
import type { TestClient } from '../../testing/test-app';
import { useTestDatabase } from '../../testing/test-db';
import { buildPictureWorld, type PictureWorld } from '../picture/picture.fixtures';

const getDb = useTestDatabase();
let w: PictureWorld;

beforeAll(async () => {
  w = await buildPictureWorld(getDb());
});

const exportPath = (format: string, query = '') =>
  `/api/networks/${w.networkId}/picture/export.${format}${query}`;

async function download(client: TestClient, path: string, headers: Record<string, string> = {}) {
  const res = await client.raw(path, { headers });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { res, bytes };
}

async function workbook(bytes: Uint8Array<ArrayBuffer>): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer);
  return book;
}

/** A sheet's rows as arrays of cell values (exceljs puts an empty slot at index 0). */
function rowsOf(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
  const rows: unknown[][] = [];
  sheet?.eachRow((row) => {
    rows.push(Array.isArray(row.values) ? row.values.slice(1) : []);
  });
  return rows;
}

describe('GET /networks/:id/picture/export.pdf', () => {
  it('is a printable A4 PDF of the picture with a dated file name', async () => {
    const { res, bytes } = await download(w.coordinator, exportPath('pdf'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(
      'attachment; filename="lagesbild-testnatverket-v11-2026.pdf"',
    );
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');

    const pdf = readPdf(bytes);
    expect(pdf.pageCount).toBe(2);
    expect(pdf.title).toBe('Lägesbild v. 11 2026 – Testnätverket');
    expect(pdf.text).toContain('Lägesbild v. 11 2026 – Testnätverket');
    expect(pdf.text).toContain('Sida 1 av 2');
    expect(pdf.text).toContain('Sida 2 av 2');
    // Swedish time: the clock stands an hour after the round opened, Monday 08:00.
    expect(pdf.text).toContain('Sammanställd 2026-03-09 09:00');
    expect(pdf.text).toContain('5 av 7 har rapporterat (71 %)');
    expect(pdf.text).toContain('4 i tid, 1 sent');
    expect(pdf.text).toContain('Har inte rapporterat (2) Mölndal, Öckerö');
    // The serious list, worst first, with comments; drafts never appear.
    expect(pdf.text).toMatch(
      /Borås Äldreomsorg \(SÄBO\) 5 Kritisk Kritiskt läge på SÄBO.*Alingsås Äldreomsorg \(SÄBO\) 4 Allvarlig Brist på personal/,
    );
    expect(pdf.text).not.toContain('UTKAST');
    expect(pdf.text).not.toContain('HEMLIGT');
    // Key figures: the median of 0, 2, 3, 7, 10 is one municipality's 3.
    expect(pdf.text).toContain('Smittade 5 22 4,4 <5 0 10');
    expect(pdf.text).toContain('Frånvaro (%) 5 – 12,4 12 5 20');
    // Carried-over comments are folded under their own line, stale ones marked.
    expect(pdf.text).toMatch(
      /Oförändrade sedan tidigare \(1\) Lerum ?: Oförändrat läge \(oförändrad 3 omgångar, inaktuell\)/,
    );
    // Rises to Betydande and up row by row; rises from 1 to 2 counted per area.
    expect(pdf.text).toContain('Borås Äldreomsorg (SÄBO) 3 Betydande 5 Kritisk');
    expect(pdf.text).toContain('Dessutom 1 höjning från 1 Ingen påverkan till 2 Måttlig (IFO 1).');
    expect(pdf.text).toContain('Äldreomsorg (SÄBO) Nyckeltal Svar Summa Medel Median Min Max Smittade 5 22');
    expect(pdf.text).toContain(
      'Övergripande Nyckeltal Svar Summa Medel Median Min Max Lediga platser 4 100 25 25 10 40',
    );
    expect(pdf.text).toContain('Borås (ny): Behöver stöd med bemanning');
  });

  it('speaks English when asked', async () => {
    const { res, bytes } = await download(w.coordinator, exportPath('pdf'), { 'accept-language': 'en' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('situation-picture-testnatverket-v11-2026.pdf');
    const pdf = readPdf(bytes);
    expect(pdf.text).toContain('Situation picture week 11 2026 – Testnätverket');
    expect(pdf.text).toContain('5 of 7 have reported (71%)');
    expect(pdf.text).toContain('Page 1 of 2');
  });

  it('covers one county of the network when asked, and records who exported what', async () => {
    const { res, bytes } = await download(w.ockeroReporter, exportPath('pdf', '?county=13'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(
      'lagesbild-testnatverket-hallands-lan-v11-2026.pdf',
    );
    const pdf = readPdf(bytes);
    expect(pdf.text).toContain('Lägesbild v. 11 2026 – Testnätverket, Hallands län');
    expect(pdf.text).toContain('1 av 1 har rapporterat');
    const audit = await getDb()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'picture.export'), eq(auditLog.actorOrgId, w.org.ockero)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityType: 'network', entityId: w.networkId });
    expect(audit[0]?.after).toEqual({ format: 'pdf', roundId: w.rounds.w11, county: '13', area: null });
  });
});

describe('GET /networks/:id/picture/export.xlsx', () => {
  it('has the summary, one row per organisation, the serious list and the comments', async () => {
    const { res, bytes } = await download(w.coordinator, exportPath('xlsx', `?roundId=${w.rounds.w11}`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers.get('content-disposition')).toContain('lagesbild-testnatverket-v11-2026.xlsx');
    const book = await workbook(bytes);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Sammanfattning',
      'Organisationer',
      'Allvarligt läge',
      'Kommentarer',
    ]);

    const summary = rowsOf(book.getWorksheet('Sammanfattning'));
    expect(summary).toContainEqual(['Förväntade rapporter', 7]);
    expect(summary).toContainEqual(['Inkomna', 5]);
    expect(summary).toContainEqual(['Sena', 1]);
    expect(summary).toContainEqual(['Äldreomsorg (SÄBO)', 2, 1, 0, 1, 1, 0]);
    expect(summary).toContainEqual(['Smittade', 'Äldreomsorg (SÄBO)', 5, 22, 4.4, '<5', 0, 10]);
    // Worse since the previous round, the area named from the picture's areas.
    expect(summary).toContainEqual(['Borås', 'Äldreomsorg (SÄBO)', 3, 5]);

    const orgs = book.getWorksheet('Organisationer');
    expect(orgs?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(orgs?.getRow(1).font?.bold).toBe(true);
    const rows = rowsOf(orgs);
    expect(rows[0]).toEqual([
      'Kommunkod',
      'Organisation',
      'Län',
      'Status',
      'Äldreomsorg (SÄBO) – påverkan',
      'IFO – påverkan',
      'Smittade',
      'Frånvaro (%)',
      'Lediga platser',
      'Nya',
    ]);
    const row = (name: string) => rows.find((r) => r[1] === name);
    // Numbers stay numbers; 'Borås' filed late.
    expect(row('Borås')?.slice(1)).toEqual([
      'Borås',
      'Västra Götalands län',
      'Sen',
      5,
      undefined,
      10,
      20,
      30,
    ]);
    expect(row('Kungsbacka')?.slice(2)).toEqual(['Hallands län', 'I tid', 1, 1, 7, 12, 40, 4]);
    expect(row('Öckerö')?.slice(3)).toEqual(['Saknas']);
    // Person counts 1–4 are '<5' in every row.
    expect(row('Lerum')?.[6]).toBe('<5');
    expect(rows).toHaveLength(1 + 7);

    const serious = rowsOf(book.getWorksheet('Allvarligt läge'));
    expect(serious.slice(1).map((r) => [r[0], r[3], r[4], r[5]])).toEqual([
      ['Borås', 5, 'Kritisk', 'Kritiskt läge på SÄBO'],
      ['Alingsås', 4, 'Allvarlig', 'Brist på personal'],
    ]);
    const comments = rowsOf(book.getWorksheet('Kommentarer'));
    expect(comments).toContainEqual([
      'Äldreomsorg (SÄBO)',
      'Lerum',
      expect.any(String),
      'oförändrad',
      3,
      'Ja',
      'Oförändrat läge',
    ]);
    expect(comments).toContainEqual([
      'Behov av stöd',
      'Borås',
      expect.any(String),
      'ny',
      0,
      'Nej',
      'Behöver stöd med bemanning',
    ]);
  });

  it("suppresses the exporting organisation's own person counts too: the file is passed on", async () => {
    const { res, bytes } = await download(w.alingsasReporter, exportPath('xlsx'));
    expect(res.status).toBe(200);
    const rows = rowsOf((await workbook(bytes)).getWorksheet('Organisationer'));
    expect(rows.find((r) => r[1] === 'Alingsås')?.[6]).toBe('<5');
  });
});

describe('GET /networks/:id/picture/export.csv', () => {
  it('is the organisation table for Swedish Excel: BOM, semicolons, CRLF, åäö intact', async () => {
    const { res, bytes } = await download(w.coordinator, exportPath('csv'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('lagesbild-testnatverket-v11-2026.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.subarray(3));
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      'Kommunkod;Organisation;Län;Status;Äldreomsorg (SÄBO) – påverkan;IFO – påverkan;Smittade;Frånvaro (%);Lediga platser;Nya',
    );
    expect(lines).toHaveLength(1 + 7 + 1);
    expect(lines.at(-1)).toBe('');
    expect(lines.find((l) => l.includes(';Borås;'))).toMatch(/;Borås;Västra Götalands län;Sen;5;;10;20;30;$/);
    expect(lines.find((l) => l.includes(';Lerum;'))).toMatch(/;I tid;1;;<5;15;;$/);
    expect(lines.find((l) => l.includes(';Öckerö;'))).toMatch(/;Öckerö;Västra Götalands län;Saknas;;;;;;$/);
  });
});

describe('picture exports: who and what', () => {
  it('refuses anonymous callers with 401', async () => {
    for (const format of ['pdf', 'xlsx', 'csv']) {
      expect((await w.t.anonymous().raw(exportPath(format), {})).status).toBe(401);
    }
  });

  it("hides another network's picture as 404, and a round of another network", async () => {
    expect((await w.outsider.raw(exportPath('pdf'), {})).status).toBe(404);
    expect((await w.outsider.raw(exportPath('csv'), {})).status).toBe(404);
    const res = await w.coordinator.raw(exportPath('xlsx', `?roundId=${w.otherNetworkRoundId}`), {});
    expect(res.status).toBe(404);
  });

  it('answers bad parameters with 400 and the field', async () => {
    const fields = async (query: string) => {
      const res = await w.coordinator.get<{
        error: { details: { fields: { path: string; code: string }[] } };
      }>(exportPath('pdf', query));
      expect(res.status).toBe(400);
      return res.body.error.details.fields.map((f) => [f.path, f.code]);
    };
    expect(await fields('?roundId=elva')).toEqual([['roundId', 'invalid_format']]);
    expect(await fields('?county=Halland')).toEqual([['county', 'invalid_format']]);
    expect(await fields('?county=99')).toEqual([['county', 'invalid_value']]);
    expect(await fields('?area=Äldre')).toEqual([['area', 'invalid_format']]);
    expect(await fields('?area=lss')).toEqual([['area', 'invalid_value']]);
  });
});
