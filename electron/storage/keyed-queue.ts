/**
 * Runs tasks for the same key one after another within this process, different keys freely. Not a
 * rule (the database's locks are — see locks.ts): a resource saver in front of them, so that
 * twenty scans of one order waiting their turn wait here instead of each holding a pooled
 * PostgreSQL connection while blocked on the order's advisory lock.
 */
export class KeyedQueue {
  readonly #tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return next;
  }

  /** Several keys, taken in sorted order (so two tasks wanting the same keys cannot wait on each other). */
  runAll<T>(keys: readonly string[], task: () => Promise<T>): Promise<T> {
    const sorted = [...new Set(keys)].sort();
    const step = (i: number): Promise<T> => (i === sorted.length ? task() : this.run(sorted[i]!, () => step(i + 1)));
    return step(0);
  }
}
