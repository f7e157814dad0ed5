/**
 * What a transaction changed in memory beside the database (a wizard's step, a bench's package
 * step): kept when it commits, put back when it does not. Hooks are kept per transaction object,
 * so each attempt, and each member of a SQLite commit group, has its own.
 */
const memoryHooks = new WeakMap<object, { commit: (() => void)[]; rollback: (() => void)[] }>();

function memoryHooksOf(trx: object): { commit: (() => void)[]; rollback: (() => void)[] } {
  let hooks = memoryHooks.get(trx);
  if (!hooks) memoryHooks.set(trx, (hooks = { commit: [], rollback: [] }));
  return hooks;
}

/**
 * Runs `hook` once the transaction has committed; not at all if it rolls back or loses a race
 * (its retry registers the hook again). For state kept in memory beside the database (a bench's
 * package step, the last package weighed): changed only when the change it goes with is in the
 * database. Outside a transaction the hook runs at once.
 */
export function afterCommit(db: { readonly isTransaction: boolean }, hook: () => void): void {
  if (!db.isTransaction) return hook();
  memoryHooksOf(db).commit.push(hook);
}

/**
 * Runs `undo` when the transaction does not commit: it rolled back, or it lost a race and is run
 * again (then before the next attempt begins, even when the loss came at COMMIT, after all its
 * work). For state in memory that the work changes as it goes (a wizard's step): put back, so a
 * retry begins where the first attempt began. The last registered runs first. Outside a
 * transaction nothing can be rolled back, and `undo` never runs.
 */
export function onRollback(db: { readonly isTransaction: boolean }, undo: () => void): void {
  if (db.isTransaction) memoryHooksOf(db).rollback.push(undo);
}

/**
 * Puts `map`'s entry for `key` back as it is now (or absent) when the transaction does not commit:
 * for a step kept per document in a Map (a product awaiting its serial, a quantity for the next scan).
 */
export function keepEntry<K, V>(db: { readonly isTransaction: boolean }, map: Map<K, V>, key: K): void {
  if (!db.isTransaction) return;
  const had = map.has(key);
  const value = map.get(key);
  onRollback(db, () => (had ? map.set(key, value as V) : map.delete(key)));
}

/**
 * Runs an attempt's memory hooks once it is known whether it committed (once: later calls find
 * none). writeTransaction settles each attempt; a commit group settles its members itself, so that
 * a member's undo runs before the next member begins, and a lost group's undo runs last member first.
 */
export function settleMemory(trx: object | undefined, committed: boolean): void {
  const hooks = trx && memoryHooks.get(trx);
  if (!hooks) return;
  memoryHooks.delete(trx);
  if (committed) for (const hook of hooks.commit) hook();
  else for (const undo of hooks.rollback.reverse()) undo();
}
