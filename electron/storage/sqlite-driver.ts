import type BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, SelectQueryNode, SqliteAdapter, SqliteDialect } from 'kysely';
import type { DatabaseConnection, DialectAdapter, Driver, QueryResult } from 'kysely';
import { classifyStorageError } from './faults';
import { registerDirect } from './direct-run';
import { registerHandle } from './handle-info';

/**
 * SQLite-specific: Kysely's driver for better-sqlite3, with four changes.
 * 1. Transactions start with BEGIN IMMEDIATE. A deferred BEGIN takes the write lock only at the
 *    first write, and if another process holds it SQLite fails that write with SQLITE_BUSY at
 *    once (busy_timeout cannot help a transaction that already read). IMMEDIATE waits for the lock
 *    up front instead. We only open transactions to write.
 * 2. Prepared statements are cached by SQL text. Kysely compiles the same SQL for the same query
 *    shape, and preparing costs more than running a small statement (the scan path runs a handful).
 * 3. Storage faults (disk full, read-only, busy…) are thrown as StorageFaultError naming the file.
 * 4. Prepared scan-path statements may run on the connection without the executor (direct-run.ts).
 */

const CACHE_SIZE = 256;

class CachingConnection implements DatabaseConnection {
  readonly #statements = new Map<string, BetterSqlite3.Statement>();

  constructor(private readonly sqlite: BetterSqlite3.Database) {}

  /** The database file a fault names (none for an in-memory database). */
  get #file(): string | null {
    return this.sqlite.memory ? null : this.sqlite.name;
  }

  #prepare(sql: string): BetterSqlite3.Statement {
    let stmt = this.#statements.get(sql);
    if (stmt) {
      // Move to the back: the Map's insertion order is the eviction order.
      this.#statements.delete(sql);
    } else {
      stmt = this.sqlite.prepare(sql);
      if (this.#statements.size >= CACHE_SIZE) this.#statements.delete(this.#statements.keys().next().value!);
    }
    this.#statements.set(sql, stmt);
    return stmt;
  }

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    return this.executeNow<R>(compiled);
  }

  /** Runs the statement synchronously (better-sqlite3 is synchronous; see direct-run.ts). */
  executeNow<R>(compiled: CompiledQuery): QueryResult<R> {
    try {
      return this.#execute<R>(compiled);
    } catch (err) {
      throw classifyStorageError(err, this.#file) ?? err;
    }
  }

  #execute<R>(compiled: CompiledQuery): QueryResult<R> {
    const stmt = this.#prepare(compiled.sql);
    const params = compiled.parameters as unknown[];
    if (stmt.reader) return { rows: stmt.all(params) as R[] };
    const { changes, lastInsertRowid } = stmt.run(params);
    return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
  }

  async *streamQuery<R>(compiled: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(compiled.query)) throw new Error('SQLite can only stream select queries');
    // Streaming holds the statement open: use a fresh one, not a shared cached statement.
    try {
      const stmt = this.sqlite.prepare(compiled.sql);
      for (const row of stmt.iterate(compiled.parameters as unknown[])) yield { rows: [row as R] };
    } catch (err) {
      throw classifyStorageError(err, this.#file) ?? err;
    }
  }
}

/** The longest a closing station waits for the connection to be let go. */
const DRAIN_MS = 2_000;

/** SQLite has one connection per handle: callers queue for it (as in Kysely's own driver). */
class ImmediateSqliteDriver implements Driver {
  #queue: Promise<void> = Promise.resolve();
  #release: (() => void) | undefined;

  constructor(
    private readonly sqlite: BetterSqlite3.Database,
    readonly connection: CachingConnection,
  ) {}

  /** No caller holds the connection (no transaction open, no query queued). */
  get idle(): boolean {
    return this.#release === undefined;
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.#queue;
    let release!: () => void;
    this.#queue = new Promise<void>((resolve) => (release = resolve));
    await previous;
    this.#release = release;
    return this.connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    // SQLite may already have rolled back on its own (e.g. SQLITE_FULL); keep the original error.
    if (this.sqlite.inTransaction) await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(): Promise<void> {
    const release = this.#release;
    this.#release = undefined;
    release?.();
  }

  /**
   * Lets the transaction in flight, and those queued behind it now, end (COMMIT or ROLLBACK)
   * before the handle closes: closed under a transaction, SQLite rolls its work back and the
   * caller gets an error for work it may already have announced. A holder that does not let go
   * (a streaming export runs as long as its reader reads) is cut after DRAIN_MS.
   */
  async destroy(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.#queue, new Promise<void>((resolve) => (timer = setTimeout(resolve, DRAIN_MS)))]);
    clearTimeout(timer);
    this.sqlite.close();
  }
}

export class ScanBaySqliteDialect extends SqliteDialect {
  readonly #driver: ImmediateSqliteDriver;

  constructor(
    sqlite: BetterSqlite3.Database,
    private readonly stationId: string | null = null,
  ) {
    super({ database: sqlite });
    this.#driver = new ImmediateSqliteDriver(sqlite, new CachingConnection(sqlite));
  }

  override createDriver(): Driver {
    return this.#driver;
  }

  override createAdapter(): DialectAdapter {
    const adapter = registerHandle(new SqliteAdapter(), { stationId: this.stationId });
    const driver = this.#driver;
    return registerDirect(adapter, {
      idle: () => driver.idle,
      run: (compiled) => driver.connection.executeNow(compiled),
    });
  }
}
