import { describe, expect, it } from 'vitest';
import { Batcher, type Outcome } from './batcher';

interface Item {
  key: string;
  n: number;
}

function recording(run?: (items: Item[]) => Outcome<number>[], options: { keyed?: boolean } = {}) {
  const batches: number[][] = [];
  const batcher = new Batcher<Item, number>(
    async (items) => {
      batches.push(items.map((i) => i.n));
      await new Promise((resolve) => setTimeout(resolve, 5));
      return run ? run(items) : items.map((i) => ({ ok: true, value: i.n * 10 }));
    },
    {
      maxSize: 3,
      ...(options.keyed === false ? {} : { keyOf: (i: Item) => i.key }),
    },
  );
  return { batcher, batches };
}

describe('Batcher', () => {
  it('sends the first item at once and groups what arrives meanwhile, up to the size limit', async () => {
    const { batcher, batches } = recording();
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => batcher.submit({ key: `k${n}`, n })));
    expect(results).toEqual([10, 20, 30, 40, 50]);
    expect(batches).toEqual([[1], [2, 3, 4], [5]]);
  });

  it('never puts two items with the same key in one batch, and keeps their order', async () => {
    const { batcher, batches } = recording();
    await Promise.all([
      batcher.submit({ key: 'a', n: 1 }),
      batcher.submit({ key: 'a', n: 2 }),
      batcher.submit({ key: 'b', n: 3 }),
      batcher.submit({ key: 'a', n: 4 }),
    ]);
    expect(batches).toEqual([[1], [2, 3], [4]]);
  });

  it('answers each item with its own outcome: one refusal does not fail the others', async () => {
    const { batcher } = recording((items) =>
      items.map((i) => (i.n === 2 ? { ok: false, error: new Error('refused') } : { ok: true, value: i.n })),
    );
    const results = await Promise.allSettled([1, 2, 3].map((n) => batcher.submit({ key: `k${n}`, n })));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('retries each item alone when a whole batch fails, so only the bad item fails', async () => {
    const batches: number[][] = [];
    const batcher = new Batcher<Item, number>(
      async (items) => {
        batches.push(items.map((i) => i.n));
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (items.some((i) => i.n === 3)) throw new Error('database error');
        return items.map((i) => ({ ok: true, value: i.n }));
      },
      { maxSize: 10, keyOf: (i) => i.key },
    );
    const results = await Promise.allSettled([1, 2, 3, 4].map((n) => batcher.submit({ key: `k${n}`, n })));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(batches).toEqual([[1], [2, 3, 4], [2], [3], [4]]);
  });

  it('without keys (lookups) lets any items share a batch, up to the size limit', async () => {
    const { batcher, batches } = recording(undefined, { keyed: false });
    await Promise.all([1, 2, 3, 4].map((n) => batcher.submit({ key: 'same', n })));
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });
});
