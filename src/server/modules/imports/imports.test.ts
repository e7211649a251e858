import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit';
import { reports } from '../../db/schema/reports';
import { useTestDatabase } from '../../testing/test-db';
import {
  buildImportWorld,
  countStored,
  csv,
  DURING,
  HEADER,
  type ImportWorld,
  ROW_HARRYDA,
  ROW_PARTILLE,
  upload,
} from './imports.fixtures';

const getDb = useTestDatabase();
let w: ImportWorld;

beforeAll(async () => {
  w = await buildImportWorld(getDb());
});

const good = () => csv([HEADER, ROW_HARRYDA, ROW_PARTILLE]);

describe('dry run', () => {
  it('maps a Swedish CSV (BOM, semicolons, decimal commas) and writes nothing', async () => {
    const before = await countStored(w.database);
    const res = await upload(w.coordinator, w.roundId, {
      name: 'rapporter.csv',
      content: good(),
      type: 'text/csv',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      mode: 'dry_run',
      rows: 2,
      errors: [],
      wouldCreate: 2,
      wouldUpdate: 0,
      imported: 0,
    });
    expect(res.body.organisations).toEqual([
      { row: 2, orgId: w.orgs.harryda, code: '1401', name: 'Härryda kommun', action: 'create' },
      { row: 3, orgId: w.orgs.partille, code: '1402', name: 'Partille kommun', action: 'create' },
    ]);
    expect(await countStored(w.database)).toEqual(before);
  });

  it('lists every error by row and column with a translated message and the cell value', async () => {
    const badPartille = [...ROW_PARTILLE];
    badPartille[4] = 'sju';
    badPartille[14] = '';
    const badHarryda = [...ROW_HARRYDA];
    badHarryda[2] = '9';
    badHarryda[7] = 'kanske';
    const file = csv([
      HEADER,
      badHarryda,
      badPartille,
      ['9999', '', ...ROW_HARRYDA.slice(2)],
      ['0180', '', ...ROW_HARRYDA.slice(2)],
      ['Testmyndigheten', '', ...ROW_HARRYDA.slice(2)],
      ['1401', '', ...ROW_HARRYDA.slice(2)],
    ]);
    const before = await countStored(w.database);
    const res = await upload(w.coordinator, w.roundId, { name: 'fel.csv', content: file });
    expect(res.status).toBe(200);
    const brief = res.body.errors.map((e) => [e.row, e.columnLetter, e.code, e.value]);
    expect(brief).toEqual([
      [2, 'C', 'invalid_value', '9'],
      [2, 'H', 'invalid_value', 'kanske'],
      [3, 'E', 'not_a_number', 'sju'],
      [3, 'O', 'required', ''],
      [4, 'A', 'unknown_organisation', '9999'],
      [5, 'A', 'not_reporting_member', '0180'],
      [6, 'A', 'not_reporting_member', 'Testmyndigheten'],
      [7, 'A', 'duplicate_organisation', '1401'],
    ]);
    const messages = res.body.errors.map((e) => e.message);
    expect(messages[0]).toBe('Ange påverkansgrad 1–5 eller namnet, till exempel Allvarlig.');
    expect(messages[1]).toBe('Ange ja, ansträngda eller uttömda (eller 0, 1, 2).');
    expect(messages[2]).toBe('Ange ett tal, till exempel 12 eller 12,5.');
    expect(messages[3]).toBe('Obligatoriskt fält.');
    expect(messages[4]).toBe('Hittar ingen organisation med kod eller namn ”9999”.');
    expect(messages[7]).toBe('Organisationen finns redan på rad 2.');
    expect(res.body.errors[2]?.column).toBe('figure:smittade');
    expect(await countStored(w.database)).toEqual(before);
  });

  it('answers in English when asked', async () => {
    const bad = [...ROW_HARRYDA];
    bad[4] = 'many';
    const res = await upload(
      w.coordinator,
      w.roundId,
      { name: 'en.csv', content: csv([HEADER, bad]) },
      'dry_run',
      {
        'accept-language': 'en',
      },
    );
    expect(res.body.errors[0]?.message).toBe('Enter a number, for example 12 or 12.5.');
  });

  it('reads comma-separated UTF-8 without BOM and Windows-1252 from older Excel', async () => {
    const comma = [HEADER, ROW_HARRYDA.map((c) => (c.includes(',') ? `"${c}"` : c))]
      .map((r) => r.join(','))
      .join('\n');
    const res = await upload(w.coordinator, w.roundId, { name: 'komma.csv', content: comma });
    expect(res.body.errors).toEqual([]);
    expect(res.body.organisations.map((o) => o.code)).toEqual(['1401']);

    const latin = csv([HEADER, ['Öckerö', '', ...ROW_HARRYDA.slice(2)]]);
    const bytes = Uint8Array.from([...latin.slice(1)].map((ch) => ch.charCodeAt(0)));
    const res1252 = await upload(w.coordinator, w.roundId, { name: 'latin.csv', content: bytes });
    expect(res1252.body.errors).toEqual([]);
    expect(res1252.body.organisations.map((o) => o.name)).toEqual(['Öckerö kommun']);
  });

  it('reads the first worksheet of an XLSX: numbers, percent formats, formulas, codes without leading zero', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Blad1');
    sheet.addRow(HEADER);
    sheet.addRow([
      1401,
      'Härryda',
      2,
      '',
      3,
      0.125,
      'ja',
      'ja',
      'normal',
      '',
      1,
      '',
      1.5,
      null,
      'Lugnt läge',
      '',
    ]);
    sheet.getCell('F2').numFmt = '0.0%';
    sheet.addRow([
      1402,
      'Partille',
      4,
      'Hög',
      { formula: '3+4', result: 7 },
      20,
      'delvis',
      'ansträngda',
      'normal',
      '',
      2,
      '',
      0,
      4,
      'Ok',
      '',
    ]);
    workbook.addWorksheet('Annat').addRow(['ignoreras']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const res = await upload(w.coordinator, w.roundId, { name: 'rapporter.xlsx', content: bytes });
    expect(res.status).toBe(200);
    expect(res.body.errors).toEqual([]);
    expect(res.body.rows).toBe(2);
  });
});

describe('refused files', () => {
  it('random bytes named .xlsx give 422 with a translated message, nothing stored', async () => {
    const before = await countStored(w.database);
    const junk = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256);
    const res = await upload(w.coordinator, w.roundId, { name: 'rapport.xlsx', content: junk }, 'commit');
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('import_unreadable');
    expect(res.body.error.message).toBe(
      'Filen kunde inte läsas som XLSX. Spara den som Excel-arbetsbok (.xlsx) eller CSV (UTF-8) och försök igen.',
    );
    const en = await upload(w.coordinator, w.roundId, { name: 'rapport.xlsx', content: junk }, 'dry_run', {
      'accept-language': 'en',
    });
    expect(en.body.error.message).toMatch(/^The file could not be read as XLSX/);
    expect(await countStored(w.database)).toEqual(before);
  });

  it('a ZIP that is not a workbook, and binary data named .csv, are 422', async () => {
    const zipHeaderOnly = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await upload(w.coordinator, w.roundId, { name: 'x.xlsx', content: zipHeaderOnly })).status).toBe(
      422,
    );
    const binary = Uint8Array.from([0x41, 0x00, 0x42, 0x00]);
    const res = await upload(w.coordinator, w.roundId, { name: 'x.csv', content: binary });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/CSV/);
  });

  it('other file types are 415', async () => {
    const res = await upload(w.coordinator, w.roundId, {
      name: 'rapport.pdf',
      content: '%PDF-1.4',
      type: 'application/pdf',
    });
    expect(res.status).toBe(415);
    expect(res.body.error.message).toBe('Filtypen stöds inte.');
    expect((await upload(w.coordinator, w.roundId, { name: 'gammal.xls', content: 'x' })).status).toBe(415);
  });

  it('a body over the limit is 413', async () => {
    const big = new Uint8Array(6 * 1024 * 1024).fill(0x41);
    const res = await upload(w.coordinator, w.roundId, { name: 'stor.csv', content: big });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('an empty file, a header without rows, a missing file or a wrong mode', async () => {
    const empty = await upload(w.coordinator, w.roundId, { name: 'tom.csv', content: '' });
    expect(empty.body.errors.map((e) => e.code)).toEqual(['empty_file']);
    const headerOnly = await upload(w.coordinator, w.roundId, {
      name: 'rubriker.csv',
      content: csv([HEADER]),
    });
    expect(headerOnly.body.errors.map((e) => e.code)).toEqual(['no_rows']);
    const noHeader = await upload(w.coordinator, w.roundId, {
      name: 'x.csv',
      content: csv([
        ['kod', 'x'],
        ['1401', '1'],
      ]),
    });
    expect(noHeader.body.errors.map((e) => [e.row, e.columnLetter, e.code])).toEqual([
      [1, 'A', 'missing_organisation_column'],
      [1, 'B', 'unknown_column'],
    ]);
    const form = new FormData();
    form.append('mode', 'commit');
    const missing = await w.coordinator.raw(`/api/rounds/${w.roundId}/imports`, {
      method: 'POST',
      body: form,
    });
    expect(missing.status).toBe(400);
    const body = (await missing.json()) as {
      error: { details: { fields: { path: string; message: string }[] } };
    };
    expect(body.error.details.fields).toEqual([
      expect.objectContaining({ path: 'file', message: 'Obligatoriskt fält.' }),
    ]);
    expect((await upload(w.coordinator, w.roundId, { name: 'a.csv', content: good() }, 'spara')).status).toBe(
      400,
    );
    const json = await w.coordinator.post(`/api/rounds/${w.roundId}/imports`, { mode: 'commit' });
    expect(json.status).toBe(415);
  });
});

describe('who may import', () => {
  it('anonymous 401, viewer 403, outsiders and unknown rounds 404, rounds not yet open 422', async () => {
    expect((await upload(w.t.anonymous(), w.roundId, { name: 'a.csv', content: good() })).status).toBe(401);
    expect((await upload(w.viewerHarryda, w.roundId, { name: 'a.csv', content: good() })).status).toBe(403);
    expect((await upload(w.outsider, w.roundId, { name: 'a.csv', content: good() })).status).toBe(404);
    expect((await upload(w.coordinator, w.outsiderRoundId, { name: 'a.csv', content: good() })).status).toBe(
      404,
    );
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await upload(w.coordinator, unknown, { name: 'a.csv', content: good() })).status).toBe(404);
    const upcoming = await upload(w.coordinator, w.upcomingRoundId, { name: 'a.csv', content: good() });
    expect(upcoming.status).toBe(422);
    expect(upcoming.body.error.code).toBe('round_closed');
  });

  it("a reporter gets an error on every other organisation's row", async () => {
    const res = await upload(w.reporterHarryda, w.roundId, { name: 'a.csv', content: good() });
    expect(res.status).toBe(200);
    expect(res.body.errors.map((e) => [e.row, e.columnLetter, e.code, e.message])).toEqual([
      [3, 'A', 'other_organisation', 'Du kan bara importera rapporten för din egen organisation.'],
    ]);
    const commit = await upload(w.reporterHarryda, w.roundId, { name: 'a.csv', content: good() }, 'commit');
    expect(commit.status).toBe(422);
    expect(commit.body.error.code).toBe('import_invalid');
  });
});

describe('commit', () => {
  it('refuses a file with any error with 422 and the same list, writing nothing', async () => {
    const bad = [...ROW_PARTILLE];
    bad[4] = '-1';
    const before = await countStored(w.database);
    const res = await upload(
      w.coordinator,
      w.roundId,
      { name: 'a.csv', content: csv([HEADER, ROW_HARRYDA, bad]) },
      'commit',
    );
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({
      code: 'import_invalid',
      message: 'Filen innehåller fel. Inget har sparats.',
    });
    expect(res.body.error.details.errors?.map((e) => [e.row, e.columnLetter, e.code, e.message])).toEqual([
      [3, 'E', 'too_small', 'Värdet är för litet (minst 0).'],
    ]);
    expect(await countStored(w.database)).toEqual(before);
  });

  it("a reporter imports its own organisation's row as itself", async () => {
    const res = await upload(
      w.reporterHarryda,
      w.roundId,
      { name: 'a.csv', content: csv([HEADER, ROW_HARRYDA]) },
      'commit',
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ mode: 'commit', imported: 1, wouldCreate: 1 });
    const stored = await getDb()
      .db.select()
      .from(reports)
      .where(and(eq(reports.roundId, w.roundId), eq(reports.orgId, w.orgs.harryda)));
    expect(stored[0]).toMatchObject({ status: 'submitted', isLate: false });
    expect(stored[0]?.updatedBy).not.toBeNull();
    expect(stored[0]?.answers.figures).toMatchObject({ smittade: 3, franvaro: 12.5, kostnad: 1.5 });
  });

  it('a coordinator imports every row in one go, audited as one import plus each report', async () => {
    const res = await upload(w.coordinator, w.roundId, { name: 'omgång.csv', content: good() }, 'commit');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ imported: 2, wouldCreate: 1, wouldUpdate: 1, errors: [] });
    const partille = (
      await getDb()
        .db.select()
        .from(reports)
        .where(and(eq(reports.roundId, w.roundId), eq(reports.orgId, w.orgs.partille)))
    )[0];
    expect(partille?.answers.areas.aldreomsorg).toMatchObject({ impact: 4, comment: 'Hög belastning' });
    expect(partille?.answers.areas.hemtjanst?.impact).toBe(2);
    expect(partille?.answers.figures.franvaro).toBe(20);
    const imports = await getDb().db.select().from(auditLog).where(eq(auditLog.action, 'report.import'));
    expect(imports).toHaveLength(2);
    expect(imports[1]?.after).toMatchObject({
      file: 'omgång.csv',
      format: 'csv',
      rows: 2,
      created: 1,
      updated: 1,
    });
    const partilleAudit = await getDb()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'report'), eq(auditLog.entityId, partille?.id ?? '')));
    expect(partilleAudit.map((a) => a.action)).toEqual(['report.submit']);
    // Filed on the municipality's behalf by the coordinator who imported, and recorded so.
    expect(partilleAudit[0]?.actorUserId).toBeTruthy();
    expect(partilleAudit[0]?.actorUserId).toBe(imports[1]?.actorUserId);
    expect(partille?.updatedBy).toBe(imports[1]?.actorUserId);
  });

  it('refuses to change a submitted report after the deadline, row by row', async () => {
    w.t.setNow(new Date('2025-03-12T12:00:00Z'));
    try {
      const coordinator = await w.signInCoordinator();
      const res = await upload(coordinator, w.roundId, {
        name: 'sent.csv',
        content: csv([HEADER, ROW_HARRYDA, ['1407', '', ...ROW_HARRYDA.slice(2)]]),
      });
      expect(res.body.errors.map((e) => [e.row, e.code])).toEqual([[2, 'report_final']]);
      expect(res.body.organisations.map((o) => o.code)).toEqual(['1407']);
    } finally {
      w.t.setNow(DURING);
    }
  });
});
