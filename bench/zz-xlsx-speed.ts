import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';

async function run(label: string, useStyles: boolean, colStyle: boolean, level?: number) {
  let bytes = 0;
  const sink = new Writable({
    write(c, _e, cb) {
      bytes += c.length;
      cb();
    },
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles,
    useSharedStrings: false,
    ...(level !== undefined ? { zip: { zlib: { level } } } : {}),
  });
  const ws = wb.addWorksheet('Svar');
  ws.columns = Array.from({ length: 50 }, (_, i) => ({
    header: `Kolumn ${i}`,
    width: 12,
    ...(colStyle ? { style: { alignment: { vertical: 'top' as const } } } : {}),
  }));
  const t0 = performance.now();
  const N = 20000;
  for (let r = 0; r < N; r++) {
    const row: (string | number | null)[] = [
      '2026-W47',
      2026,
      47,
      null,
      '1440',
      'Ale',
      'Västra Götalands län',
    ];
    for (let c = 0; c < 30; c++) row.push(c % 3 === 0 ? null : (r * c) % 97);
    for (let c = 0; c < 13; c++) row.push(c % 4 === 0 ? 'En kommentar om läget som är ganska lång' : null);
    ws.addRow(row).commit();
  }
  ws.commit();
  await wb.commit();
  const s = (performance.now() - t0) / 1000;
  console.log(
    label,
    s.toFixed(2),
    's for',
    N,
    'rows →',
    ((146939 / N) * s).toFixed(0),
    's at full scale;',
    (bytes / 1048576).toFixed(1),
    'MB',
  );
}
await run('styles+colstyle', true, true);
await run('styles, no colstyle', true, false);
await run('no styles', false, false);
await run('no styles, zlib 1', false, false, 1);
