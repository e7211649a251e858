import { beforeAll, describe, expect, it, vi } from 'vitest';
import { useTestDatabase } from '../../testing/test-db';
import {
  buildImportWorld,
  countStored,
  csv,
  HEADER,
  type ImportWorld,
  ROW_HARRYDA,
  ROW_PARTILLE,
  upload,
} from './imports.fixtures';

/** Makes the n-th submit of the import fail, as a lost connection or a full disk would. */
const failure = vi.hoisted(() => ({ onCall: 0, calls: 0 }));

vi.mock('../reports/reports.service', async (importOriginal) => {
  const real = await importOriginal<typeof import('../reports/reports.service')>();
  return {
    ...real,
    submitReport: async (...args: Parameters<typeof real.submitReport>) => {
      failure.calls++;
      if (failure.calls === failure.onCall) throw new Error('connection lost');
      return real.submitReport(...args);
    },
  };
});

const getDb = useTestDatabase();
let w: ImportWorld;

beforeAll(async () => {
  w = await buildImportWorld(getDb());
});

describe('commit is all or nothing', () => {
  it('rolls back the rows already submitted when a later one fails', async () => {
    const file = { name: 'a.csv', content: csv([HEADER, ROW_HARRYDA, ROW_PARTILLE]) };
    const before = await countStored(w.database);
    failure.calls = 0;
    failure.onCall = 2;
    const res = await upload(w.coordinator, w.roundId, file, 'commit');
    expect(res.status).toBe(500);
    expect(failure.calls).toBe(2);
    expect(await countStored(w.database)).toEqual(before);

    failure.onCall = 0;
    const retry = await upload(w.coordinator, w.roundId, file, 'commit');
    expect(retry.status).toBe(200);
    expect(retry.body.imported).toBe(2);
    const after = await countStored(w.database);
    expect(after.reports).toBe((before.reports ?? 0) + 2);
  });
});
