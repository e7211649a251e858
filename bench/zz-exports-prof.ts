import { exportAnswers } from '../src/server/modules/exports/answers-export.service';
import { openDatabase } from '../src/server/platform/db';

const db = await openDatabase({ databaseUrl: 'postgres://postgres@127.0.0.1:5432/samla_bench' });
const networkId = '5f67b72e-ea75-413f-8411-01e2fe356697';
const templateId = 'cfaf4d59-bd62-4ef7-9e20-3ca8c2dc1915';
let peak = 0;
let last = 0;
const timer = setInterval(() => {
  const m = process.memoryUsage();
  peak = Math.max(peak, m.rss);
  if (Date.now() - last > 3000) {
    last = Date.now();
    console.log(
      'rss',
      Math.round(m.rss / 1048576),
      'heap',
      Math.round(m.heapUsed / 1048576),
      '/',
      Math.round(m.heapTotal / 1048576),
      'ext',
      Math.round(m.external / 1048576),
      'ab',
      Math.round(m.arrayBuffers / 1048576),
    );
  }
}, 100);
console.log('start rss', Math.round(process.memoryUsage().rss / 1048576));
const t0 = performance.now();
const file = await exportAnswers(
  { db: db.db, actor: { kind: 'system' } },
  { networkId, templateId, onError: (e) => console.error(e) },
);
let bytes = 0;
for await (const chunk of file.body) bytes += chunk.length;
clearInterval(timer);
console.log(
  'export',
  ((performance.now() - t0) / 1000).toFixed(1),
  's',
  (bytes / 1048576).toFixed(1),
  'MB',
  'peak rss',
  Math.round(peak / 1048576),
  'MB',
  'maxRSS',
  Math.round(process.resourceUsage().maxRSS / 1024),
);
await db.close();
