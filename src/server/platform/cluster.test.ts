import { describe, expect, it } from 'vitest';
import { workerCount, workerExecArgv } from './cluster';

describe('HTTP workers', () => {
  it('run one process on the embedded database, n on PostgreSQL when asked', () => {
    expect(workerCount({}, { SAMLA_WORKERS: '4' })).toBe(1);
    expect(workerCount({ DATABASE_URL: 'postgres://x' }, { SAMLA_WORKERS: '4' })).toBe(4);
    expect(workerCount({ DATABASE_URL: 'postgres://x' }, {})).toBe(1);
    expect(workerCount({ DATABASE_URL: 'postgres://x' }, { SAMLA_WORKERS: 'many' })).toBe(1);
    expect(workerCount({ DATABASE_URL: 'postgres://x' }, { SAMLA_WORKERS: '500' })).toBe(32);
  });

  it('get a larger young generation unless the operator set one', () => {
    expect(workerExecArgv(['--import', 'tsx'])).toEqual(['--import', 'tsx', '--max-semi-space-size=24']);
    expect(workerExecArgv(['--max-semi-space-size=8'])).toEqual(['--max-semi-space-size=8']);
    expect(workerExecArgv([], '--max-old-space-size=512 --max-semi-space-size=4')).toEqual([]);
  });
});
