import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { excelLocalTime, sheetName } from './spreadsheet';
import { addTableSheet, createWorkbook, workbookBytes } from './xlsx';
import { streamWorkbook } from './xlsx-stream';

async function readWorkbook(bytes: ArrayBuffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  return workbook;
}

const columns = [
  { header: 'Organisation', width: 24 },
  { header: 'Antal', width: 8 },
  { header: 'Inskickad', width: 18, numFmt: 'yyyy-mm-dd hh:mm' },
];

describe('table sheets', () => {
  it('have a bold frozen header, widths, and numbers as numbers', async () => {
    const workbook = createWorkbook(new Date('2026-11-18T09:00:00Z'));
    addTableSheet(workbook, 'Organisationer', columns, [
      ['Håbo', 12, excelLocalTime('2026-11-18T09:30:00Z', 'Europe/Stockholm')],
      ['Öckerö', '<5', null],
    ]);
    const read = await readWorkbook((await workbookBytes(workbook)).buffer);
    const sheet = read.getWorksheet('Organisationer');
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Organisation', 'Antal', 'Inskickad']);
    expect(sheet?.getRow(1).font?.bold).toBe(true);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.getColumn(1).width).toBe(24);
    expect(sheet?.getCell('B2').value).toBe(12);
    expect(sheet?.getCell('B3').value).toBe('<5');
    // 10:30 in Stockholm (UTC+1 in November), as Excel shows it.
    expect(sheet?.getCell('C2').value).toEqual(new Date('2026-11-18T10:30:00Z'));
  });

  it('show wall-clock time in the zone, on both sides of a daylight-saving change', () => {
    const zone = 'Europe/Stockholm';
    // 2026-03-29 02:00 CET becomes 03:00 CEST (01:00 UTC).
    expect(excelLocalTime(new Date('2026-03-29T00:59:59Z'), zone)).toEqual(new Date('2026-03-29T01:59:59Z'));
    expect(excelLocalTime(new Date('2026-03-29T01:00:00Z'), zone)).toEqual(new Date('2026-03-29T03:00:00Z'));
    expect(excelLocalTime('2026-10-25T00:30:00Z', zone)).toEqual(new Date('2026-10-25T02:30:00Z'));
    expect(excelLocalTime('2026-10-25T01:30:00Z', zone)).toEqual(new Date('2026-10-25T02:30:00Z'));
    expect(excelLocalTime('2026-07-01T12:00:00.750Z', zone)).toEqual(new Date('2026-07-01T14:00:00Z'));
  });

  it('get names Excel accepts', () => {
    expect(sheetName('Allvarligt läge: v. 47 [GR] / kommuner och regioner')).toBe(
      'Allvarligt läge v. 47 GR kommun',
    );
    expect(sheetName('???')).toBe('Blad');
  });
});

describe('streamWorkbook', () => {
  it('streams many rows with back-pressure into a workbook exceljs reads back', async () => {
    const errors: unknown[] = [];
    const body = streamWorkbook(
      { sheetName: 'Svar', columns, now: new Date(), onError: (e) => errors.push(e) },
      async (sheet) => {
        for (let batch = 0; batch < 10; batch++) {
          for (let i = 0; i < 500; i++) sheet.addRow([`Kommun ${batch * 500 + i}`, i, null]);
          expect(await sheet.flush()).toBe(true);
        }
      },
    );
    const read = await readWorkbook(await new Response(body).arrayBuffer());
    const sheet = read.getWorksheet('Svar');
    expect(sheet?.rowCount).toBe(5001);
    expect(sheet?.getCell('A1').font?.bold).toBe(true);
    expect(sheet?.getCell('A1').value).toBe('Organisation');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.getCell('A5001').value).toBe('Kommun 4999');
    expect(sheet?.getCell('B5001').value).toBe(499);
    expect(errors).toEqual([]);
  });

  it('writes dates, booleans, markup and control characters so Excel opens the file', async () => {
    const wide = Array.from({ length: 30 }, (_, i) => ({ header: `K${i + 1}`, width: 6 }));
    const body = streamWorkbook(
      {
        sheetName: 'Svar: v. 47',
        columns: [...columns, ...wide],
        now: new Date(),
        onError: (e) => expect(e).toBeUndefined(),
      },
      async (sheet) => {
        sheet.addRow([
          '<b>Ale</b> & "Öckerö"\u0007',
          true,
          excelLocalTime('2026-11-18T09:30:00Z', 'Europe/Stockholm'),
          ...Array.from({ length: 30 }, (_, i) => i),
        ]);
        await sheet.flush();
      },
    );
    const read = await readWorkbook(await new Response(body).arrayBuffer());
    const sheet = read.getWorksheet('Svar v. 47');
    expect(sheet?.getCell('A2').value).toBe('<b>Ale</b> & "Öckerö"');
    expect(sheet?.getCell('B2').value).toBe(true);
    expect(sheet?.getCell('C2').value).toEqual(new Date('2026-11-18T10:30:00Z'));
    expect(sheet?.getCell('C2').numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(sheet?.getCell('AG2').value).toBe(29);
    expect(sheet?.getColumn(1).width).toBe(24);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.autoFilter).toBe('A1:AG2');
  });

  it('cuts the download off when producing fails halfway', async () => {
    const errors: unknown[] = [];
    const body = streamWorkbook(
      { sheetName: 'Svar', columns, now: new Date(), onError: (e) => errors.push(e) },
      async (sheet) => {
        sheet.addRow(['Ale', 1, null]);
        await sheet.flush();
        throw new Error('database went away');
      },
    );
    await expect(new Response(body).arrayBuffer()).rejects.toThrow();
    expect(errors).toHaveLength(1);
  });

  it('stops producing when the reader goes away', async () => {
    let flushed: boolean | undefined;
    const done = new Promise<void>((resolve) => {
      const body = streamWorkbook(
        { sheetName: 'Svar', columns, now: new Date(), onError: () => undefined },
        async (sheet) => {
          for (let i = 0; i < 200 && flushed !== false; i++) {
            for (let j = 0; j < 1000; j++)
              sheet.addRow([`Kommun ${j} med ett långt namn som tar plats`, j, null]);
            flushed = await sheet.flush();
          }
          resolve();
        },
      );
      void body.getReader().cancel();
    });
    await done;
    expect(flushed).toBe(false);
  });
});
