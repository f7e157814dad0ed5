import type { DialectAdapter } from 'kysely';

/** What a database handle knows about the station that opened it. */
export interface HandleInfo {
  /** The stable id of the station (its data dir); written into every ledger event. */
  stationId: string | null;
}

// Keyed by the dialect adapter: a Kysely instance and every transaction started from it share it.
const infos = new WeakMap<DialectAdapter, HandleInfo>();

export function registerHandle<A extends DialectAdapter>(adapter: A, info: HandleInfo): A {
  infos.set(adapter, info);
  return adapter;
}

export function handleInfo(db: { getExecutor(): { readonly adapter: DialectAdapter } }): HandleInfo {
  return infos.get(db.getExecutor().adapter) ?? { stationId: null };
}
