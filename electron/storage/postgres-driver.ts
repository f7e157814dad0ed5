import type pg from 'pg';
import { PostgresAdapter, PostgresDialect, type DatabaseConnection, type DialectAdapter, type Driver, type TransactionSettings } from 'kysely';
import { registerHandle } from './handle-info';
import { lazyModule } from '../lazy-module';

/** pg, loaded when a PostgreSQL store is opened (a SQLite station never loads it). */
export const pgModule = lazyModule<typeof import('pg')>('pg');

/**
 * PostgreSQL-specific: a `pg` pool and Kysely's PostgreSQL dialect, with what ScanBay's queries
 * expect of a driver:
 * - int8 (COUNT(*), SUM of integers, bigint ids) and numeric (SUM, AVG) arrive as JS numbers, as
 *   they do from SQLite. pg returns them as strings by default, to be safe past 2^53; ScanBay's
 *   counts and ids stay far below that.
 * - A connection that breaks never takes the process down (pg emits 'error' on a checked-out
 *   client with no listener otherwise) and is dropped from the pool; the next query connects
 *   again, so a station reconnects by itself once the database is back.
 * - A rollback on a broken connection keeps the error that broke it.
 */

const INT8 = 20;
const NUMERIC = 1700;

const typeParsers = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8 || oid === NUMERIC) return (value: string) => (value === null ? null : Number(value));
    return pgModule().types.getTypeParser(oid, format ?? 'text');
  },
} as pg.CustomTypesConfig;

export interface PostgresPoolOptions {
  url: string;
  /** Connections kept open at most (default 10). */
  poolSize?: number;
  /** Shown in pg_stat_activity: which station holds the connection. */
  applicationName?: string;
  /**
   * Gives up connecting, or waiting for a free pooled connection, after this long (default 5000 ms).
   * A server that is down refuses at once; this bounds a server that does not answer at all.
   */
  connectTimeoutMs?: number;
  onError?: (err: Error) => void;
}

export function createPostgresPool(opts: PostgresPoolOptions): pg.Pool {
  const pool = new (pgModule().Pool)({
    connectionString: opts.url,
    max: opts.poolSize ?? 10,
    application_name: opts.applicationName ?? 'scanbay',
    connectionTimeoutMillis: opts.connectTimeoutMs ?? 5000,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    types: typeParsers,
  });
  const onError = (err: Error) => opts.onError?.(err);
  // An idle client lost its connection: pg-pool removes it; without a listener the process would crash.
  pool.on('error', onError);
  pool.on('connect', (client) => {
    // A checked-out client lost its connection between queries: its next query fails and
    // pg-pool drops it on release (it is no longer queryable).
    client.on('error', onError);
  });
  return pool;
}

class SafeRollbackDriver implements Driver {
  constructor(private readonly inner: Driver) {}
  init() {
    return this.inner.init();
  }
  acquireConnection() {
    return this.inner.acquireConnection();
  }
  beginTransaction(c: DatabaseConnection, s: TransactionSettings) {
    return this.inner.beginTransaction(c, s);
  }
  commitTransaction(c: DatabaseConnection) {
    return this.inner.commitTransaction(c);
  }
  async rollbackTransaction(c: DatabaseConnection) {
    // The transaction is gone with the connection; the caller rethrows the error that ended it.
    await this.inner.rollbackTransaction(c).catch(() => undefined);
  }
  releaseConnection(c: DatabaseConnection) {
    return this.inner.releaseConnection(c);
  }
  destroy() {
    return this.inner.destroy();
  }
  savepoint: Driver['savepoint'] = (c, name, compile) => this.inner.savepoint!(c, name, compile);
  rollbackToSavepoint: Driver['rollbackToSavepoint'] = (c, name, compile) => this.inner.rollbackToSavepoint!(c, name, compile);
  releaseSavepoint: Driver['releaseSavepoint'] = (c, name, compile) => this.inner.releaseSavepoint!(c, name, compile);
}

export class ScanBayPostgresDialect extends PostgresDialect {
  constructor(
    pool: pg.Pool,
    private readonly stationId: string | null,
  ) {
    super({ pool });
  }

  override createDriver(): Driver {
    return new SafeRollbackDriver(super.createDriver());
  }

  override createAdapter(): DialectAdapter {
    return registerHandle(new PostgresAdapter(), { stationId: this.stationId });
  }
}
