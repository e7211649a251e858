import { describe, expect, it } from 'vitest';
import { workerCount } from './cluster';

describe('HTTP workers', () => {
  it('run one process on the embedded database, n on PostgreSQL when asked', () => {
    expect(workerCount({}, { SAMLA_WORKERS: '4' })).toBe(1);
    expect(workerCount({ DATABASE_URL: 'postgres://x' }, { SAMLA_WORKERS: '4' })).toBe(4);
    expect(workerCount({ DATABASE_URL: 'postgres://x' }, {})).toBe(1);
    expect(workerCount({ DATABASE_URL: 'postgres://x' }, { SAMLA_WORKERS: 'many' })).toBe(1);
    expect(workerCount({ DATABASE_URL: 'postgres://x' }, { SAMLA_WORKERS: '500' })).toBe(32);
  });
});
