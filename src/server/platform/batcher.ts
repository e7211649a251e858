/**
 * Group commit for writes that arrive concurrently. While a batch is being written, new
 * items wait; when it is done, everything that waited goes out as the next batch. Under no
 * load a batch is one item and nothing waits; under load one transaction (one fsync, a few
 * statements) carries many items instead of each paying for its own. Lookups use it the
 * same way: one query answers every request that waited.
 *
 * `run` answers every item of a batch on its own (one item's refusal never fails another).
 * If `run` throws — a database error, not a refusal — each item of that batch is tried
 * alone, so a single bad item cannot take its neighbours down with it.
 */
export type Outcome<O> = { ok: true; value: O } | { ok: false; error: unknown };

export interface BatcherOptions<I> {
  /** The most items one batch carries. */
  maxSize: number;
  /**
   * Items with the same key never share a batch (they would contend for the same row);
   * the later one waits for the next batch, so their order is kept. Without it (reads)
   * any items may share a batch.
   */
  keyOf?: (item: I) => string;
}

interface Pending<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

export class Batcher<I, O> {
  private queue: Pending<I, O>[] = [];
  private running = false;

  constructor(
    private readonly run: (items: I[]) => Promise<Outcome<O>[]>,
    private readonly options: BatcherOptions<I>,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.queue.length > 0) await this.settle(this.take());
    } finally {
      this.running = false;
    }
  }

  /** The next batch: queue order, at most one item per key, at most `maxSize`. */
  private take(): Pending<I, O>[] {
    const keyOf = this.options.keyOf;
    if (!keyOf) return this.queue.splice(0, this.options.maxSize);
    const batch: Pending<I, O>[] = [];
    const keys = new Set<string>();
    const rest: Pending<I, O>[] = [];
    for (const pending of this.queue) {
      const key = keyOf(pending.item);
      if (batch.length < this.options.maxSize && !keys.has(key)) {
        keys.add(key);
        batch.push(pending);
      } else {
        // A key already taken blocks its later items, so one key's items keep their order.
        keys.add(key);
        rest.push(pending);
      }
    }
    this.queue = rest;
    return batch;
  }

  private async settle(batch: Pending<I, O>[]): Promise<void> {
    let outcomes: Outcome<O>[];
    try {
      outcomes = await this.run(batch.map((p) => p.item));
    } catch (error) {
      if (batch.length === 1) {
        batch[0]?.reject(error);
        return;
      }
      for (const pending of batch) await this.settle([pending]);
      return;
    }
    batch.forEach((pending, i) => {
      const outcome = outcomes[i];
      if (!outcome) pending.reject(new Error('batch returned no outcome for an item'));
      else if (outcome.ok) pending.resolve(outcome.value);
      else pending.reject(outcome.error);
    });
  }
}

/**
 * One value per database, made on first use: a batcher belongs to the connection pool it
 * writes through, so tests with databases of their own never share one.
 */
export function perDatabase<D extends object, T>(create: (db: D) => T): (db: D) => T {
  const made = new WeakMap<D, T>();
  return (db) => {
    let value = made.get(db);
    if (value === undefined) {
      value = create(db);
      made.set(db, value);
    }
    return value;
  };
}

/**
 * A lookup that concurrent requests share: `find` answers a batch of keys, in order, with
 * one query; each database gets its own batcher.
 */
export function batchedLookup<D extends object, K, V>(
  find: (db: D, keys: readonly K[]) => Promise<V[]>,
  maxSize = 256,
): (db: D, key: K) => Promise<V> {
  const batchers = perDatabase(
    (db: D) =>
      new Batcher<K, V>(async (keys) => (await find(db, keys)).map((value) => ({ ok: true, value })), {
        maxSize,
      }),
  );
  return (db, key) => batchers(db).submit(key);
}
