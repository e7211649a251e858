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

/** Makes the import's own audit row fail, as a lost connection or a full disk would, after every report is written. */
const failure = vi.hoisted(() => ({ armed: false, calls: 0 }));

vi.mock('../../platform/audit', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../platform/audit')>();
  return {
    ...real,
    writeAudit: async (...args: Parameters<typeof real.writeAudit>) => {
      if (args[1].action === 'report.import') {
        failure.calls++;
        if (failure.armed) throw new Error('connection lost');
      }
      return real.writeAudit(...args);
    },
  };
});

const getDb = useTestDatabase();
let w: ImportWorld;

beforeAll(async () => {
  w = await buildImportWorld(getDb());
});

describe('commit is all or nothing', () => {
  it('rolls back the reports already written when a later step fails', async () => {
    const file = { name: 'a.csv', content: csv([HEADER, ROW_HARRYDA, ROW_PARTILLE]) };
    const before = await countStored(w.database);
    failure.calls = 0;
    failure.armed = true;
    const res = await upload(w.coordinator, w.roundId, file, 'commit');
    expect(res.status).toBe(500);
    expect(failure.calls).toBe(1);
    expect(await countStored(w.database)).toEqual(before);

    failure.armed = false;
    const retry = await upload(w.coordinator, w.roundId, file, 'commit');
    expect(retry.status).toBe(200);
    expect(retry.body.imported).toBe(2);
    const after = await countStored(w.database);
    expect(after.reports).toBe((before.reports ?? 0) + 2);
  });
});
