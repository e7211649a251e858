import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit';
import { readPdf } from '../../platform/export/pdf-inspect';
import type { TestClient } from '../../testing/test-app';
import { useTestDatabase } from '../../testing/test-db';
import { exportAnswers } from './answers-export.service';
import { buildExportsWorld, type ExportsWorld } from './exports.fixtures';

const getDb = useTestDatabase();
let w: ExportsWorld;

beforeAll(async () => {
  w = await buildExportsWorld(getDb());
});

const answersPath = (query: string) => `/api/networks/${w.networkId}/export/answers.xlsx${query}`;

async function sheetRows(body: ArrayBuffer, name: string): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body);
  const rows: unknown[][] = [];
  book.getWorksheet(name)?.eachRow((row) => {
    rows.push(Array.isArray(row.values) ? row.values.slice(1) : []);
  });
  return rows;
}

async function answers(client: TestClient, query: string) {
  const res = await client.raw(answersPath(query), {});
  return { res, rows: res.status === 200 ? await sheetRows(await res.arrayBuffer(), 'Svar') : [] };
}

describe('GET /networks/:id/export/answers.xlsx', () => {
  it('streams one row per submitted report of the template, oldest week first, by kommunkod', async () => {
    const { res, rows } = await answers(w.coordinator, `?templateId=${w.templateId}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers.get('content-disposition')).toContain(
      'filename="svar-mottagande-och-integration-i-vastra-socialtjanstens-lagesrapport-2025-W47-2026-W47.xlsx"',
    );
    // Streamed: no length known up front.
    expect(res.headers.get('content-length')).toBeNull();
    expect(rows[0]).toEqual([
      'Vecka',
      'År',
      'Veckonummer',
      'Omgång',
      'Kommunkod',
      'Organisation',
      'Län',
      'Inskickad',
      'Sen',
      'Mallversion',
      'Äldreomsorg – påverkan',
      'Individ- och familjeomsorg – påverkan',
      'Smittade brukare',
      'Frånvaro (%)',
      'Lediga platser',
      'Äldreomsorg – kommentar',
      'Individ- och familjeomsorg – kommentar',
      'Behov av samordning och stöd',
    ]);
    // 1 + 4 + 3 submitted: Kungsbacka's draft and the other template's report are not answers of this one.
    expect(rows.slice(1).map((r) => [r[0], r[4]])).toEqual([
      ['2025-W47', '1440'],
      ['2026-W46', '1401'],
      ['2026-W46', '1407'],
      ['2026-W46', '1440'],
      ['2026-W46', '1489'],
      ['2026-W47', '1401'],
      ['2026-W47', '1440'],
      ['2026-W47', '1489'],
    ]);
    const ale = rows.find((r) => r[0] === '2026-W47' && r[4] === '1440');
    expect(ale).toEqual([
      '2026-W47',
      2026,
      47,
      undefined,
      '1440',
      'Ale',
      'Västra Götalands län',
      // Tuesday 06:00 in Stockholm, as Excel shows it.
      new Date('2026-11-17T06:00:00Z'),
      'Nej',
      1,
      4,
      2,
      '<5',
      12.5,
      6,
      'Personalbrist på två boenden; vi "prioriterar" omsorgen',
      undefined,
      'Stöd med bemanning',
    ]);
    const harryda = rows.find((r) => r[0] === '2026-W47' && r[4] === '1401');
    expect(harryda?.slice(8, 13)).toEqual(['Ja', 1, 5, 1, 0]);
    expect(rows.flat()).not.toContain('ANNAN MALL');
  });

  it('limits the period to the weeks asked for, both ends included', async () => {
    const last = await answers(
      w.coordinator,
      `?templateId=${w.templateId}&fromWeek=2026-W47&toWeek=2026-W47`,
    );
    expect(last.res.headers.get('content-disposition')).toContain('2026-W47-2026-W47.xlsx');
    expect(last.rows.slice(1).map((r) => r[5])).toEqual(['Härryda', 'Ale', 'Alingsås']);
    const since = await answers(w.coordinator, `?templateId=${w.templateId}&fromWeek=2026-W01`);
    expect(since.rows).toHaveLength(1 + 7);
    const until = await answers(w.coordinator, `?templateId=${w.templateId}&toWeek=2025-W52`);
    expect(until.rows).toHaveLength(1 + 1);
  });

  it('reads page by page without losing or repeating a report', async () => {
    const file = await exportAnswers(
      { db: getDb().db, actor: { kind: 'system' } },
      {
        networkId: w.networkId,
        templateId: w.templateId,
        pageSize: 1,
        onError: (e) => expect(e).toBeUndefined(),
      },
    );
    const rows = await sheetRows(await new Response(file.body).arrayBuffer(), 'Svar');
    const { rows: whole } = await answers(w.coordinator, `?templateId=${w.templateId}`);
    expect(rows).toEqual(whole);
  });

  it('is for coordinators and system admins, and recorded in the audit log', async () => {
    expect((await answers(w.admin, `?templateId=${w.templateId}`)).res.status).toBe(200);
    expect((await answers(w.reporter, `?templateId=${w.templateId}`)).res.status).toBe(403);
    expect((await answers(w.liaison, `?templateId=${w.templateId}`)).res.status).toBe(403);
    expect((await answers(w.outsider, `?templateId=${w.templateId}`)).res.status).toBe(404);
    expect((await answers(w.t.anonymous(), `?templateId=${w.templateId}`)).res.status).toBe(401);
    const audit = await getDb().db.select().from(auditLog).where(eq(auditLog.action, 'answers.export'));
    expect(audit.length).toBeGreaterThanOrEqual(2);
    expect(audit[0]).toMatchObject({ entityType: 'template', entityId: w.templateId });
  });

  it('answers bad parameters with 400 and the field, and an unknown template with 404', async () => {
    const fields = async (query: string) => {
      const res = await w.coordinator.get<{
        error: { details: { fields: { path: string; code: string }[] } };
      }>(answersPath(query));
      expect(res.status).toBe(400);
      return res.body.error.details.fields.map((f) => [f.path, f.code]);
    };
    expect(await fields('')).toEqual([['templateId', 'invalid_type']]);
    expect(await fields('?templateId=mall')).toEqual([['templateId', 'invalid_format']]);
    expect(await fields(`?templateId=${w.templateId}&fromWeek=2026-47`)).toEqual([
      ['fromWeek', 'invalid_format'],
    ]);
    expect(await fields(`?templateId=${w.templateId}&toWeek=2026-W54`)).toEqual([
      ['toWeek', 'invalid_format'],
    ]);
    expect(await fields(`?templateId=${w.templateId}&fromWeek=2026-W47&toWeek=2026-W46`)).toEqual([
      ['toWeek', 'week_order'],
    ]);
    const unknown = await w.coordinator.raw(answersPath(`?templateId=${w.networkId}`), {});
    expect(unknown.status).toBe(404);
  });
});

describe('picture exports of real municipalities', () => {
  const picturePath = (format: string, query: string) =>
    `/api/networks/${w.networkId}/picture/export.${format}${query}`;

  it('writes decimals with a comma in the CSV, and quotes comments only where needed', async () => {
    const res = await w.coordinator.raw(picturePath('csv', `?roundId=${w.rounds.w47}`), {});
    const text = new TextDecoder().decode(new Uint8Array(await res.arrayBuffer()));
    const lines = text.slice(1).split('\r\n');
    expect(lines).toContain('1440;Ale;Västra Götalands län;I tid;4;2;<5;12,5;6');
    expect(lines).toContain('1489;Alingsås;Västra Götalands län;I tid;2;3;12;7,25;2');
    expect(lines).toContain('1401;Härryda;Västra Götalands län;Sen;5;1;0;;');
    expect(lines).toContain('1384;Kungsbacka;Hallands län;Saknas;;;;;');
  });

  it('draws the map coloured by the worst impact, or by the area asked for, with a counted legend', async () => {
    const worst = readPdf(
      new Uint8Array(
        await (await w.coordinator.raw(picturePath('pdf', `?roundId=${w.rounds.w47}`), {})).arrayBuffer(),
      ),
    );
    expect(worst.text).toContain(
      'Högsta påverkan i något område Påverkansgrad 1 Ingen påverkan 0 2 Måttlig 0 3 Betydande 1 4 Allvarlig 1 5 Kritisk 1 Har inte rapporterat 2',
    );
    const byArea = await w.coordinator.raw(picturePath('pdf', `?roundId=${w.rounds.w47}&area=ifo`), {});
    expect(byArea.status).toBe(200);
    const ifo = readPdf(new Uint8Array(await byArea.arrayBuffer()));
    expect(ifo.text).toContain(
      'Påverkan: Individ- och familjeomsorg Påverkansgrad 1 Ingen påverkan 1 2 Måttlig 1 3 Betydande 1 4 Allvarlig 0 5 Kritisk 0 Har inte rapporterat 2',
    );
  });
});
