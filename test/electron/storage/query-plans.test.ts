import BetterSqlite3 from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seedReceiving } from '../../helpers/receiving-data';
import { seedShipping } from '../../helpers/shipping-data';
import { request, tempApi, tempStation, type TempStation } from '../../helpers/station';
import { testOnPostgres } from '../../helpers/postgres';

/**
 * The index review of the scan path, kept as a test: every statement a receiving or shipping scan
 * runs is planned by SQLite (EXPLAIN QUERY PLAN), and none may read a whole table or a whole index.
 * A scan must cost the same on a 10-million-serial ledger as on an empty one.
 */

/** Tables with a handful of rows by nature (configuration: one row per warehouse, webhook…): a scan is fine. */
const SMALL_TABLES = new Set(['settings', 'warehouses', 'webhooks']);

interface Recorder {
  start(): void;
  stop(): string[];
}

/**
 * Records the SQL of every statement executed between start() and stop(), on any connection: it
 * wraps better-sqlite3's prepare itself (put back by `restore`), so statements the station prepared
 * while opening (BEGIN, COMMIT, lookups cached since) are seen too.
 */
function recordStatements(): Recorder & { restore(): void } {
  const ran = new Set<string>();
  let on = false;
  const proto = BetterSqlite3.prototype as unknown as { prepare(this: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement };
  const prepare = proto.prepare;
  proto.prepare = function (sql) {
    const stmt = prepare.call(this, sql);
    for (const method of ['run', 'get', 'all', 'iterate'] as const) {
      const original = stmt[method].bind(stmt) as (...args: unknown[]) => unknown;
      (stmt as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        if (on) ran.add(sql);
        return original(...args);
      };
    }
    return stmt;
  };
  return {
    start: () => {
      ran.clear();
      on = true;
    },
    stop: () => {
      on = false;
      return [...ran];
    },
    restore: () => {
      proto.prepare = prepare;
    },
  };
}

/** `?` placeholders outside quoted text. */
const placeholders = (sql: string) => sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"/g, '').split('?').length - 1;

/**
 * Tables whose foreign keys point at `table`. Inserting a row into `table` plans a read of each of
 * them, which SQLite runs only while a deferred foreign-key violation is pending (never here: every
 * key is checked at once), so those plan lines are not reads of the scan path.
 */
function childTables(sqlite: BetterSqlite3.Database, table: string): Set<string> {
  const tables = sqlite.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[];
  const refersTo = (child: string) => (sqlite.pragma(`foreign_key_list("${child}")`) as { table: string }[]).some((fk) => fk.table === table);
  return new Set(tables.map((t) => t.name).filter(refersTo));
}

/** Partial indexes: a scan of one reads only the rows its WHERE keeps (e.g. imports still committing). */
function partialIndexes(sqlite: BetterSqlite3.Database): Set<string> {
  const rows = sqlite.prepare("select name from sqlite_master where type = 'index' and sql like '% where %'").all() as { name: string }[];
  return new Set(rows.map((r) => r.name));
}

/** The plan lines that read a whole table or index (SQLite words: SCAN <table> [USING … INDEX …]). */
function fullReads(sqlite: BetterSqlite3.Database, sql: string): string[] {
  if (!/^\s*(select|insert|update|delete|with)\b/i.test(sql)) return [];
  const inserted = /^\s*insert into "(\w+)"/i.exec(sql)?.[1];
  const exempt = inserted ? childTables(sqlite, inserted) : new Set<string>();
  const partial = partialIndexes(sqlite);
  const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...Array<null>(placeholders(sql)).fill(null)) as { detail: string }[];
  return plan
    .map((row) => row.detail)
    .filter((detail) => {
      const m = /^SCAN (\w+)(?: USING (?:COVERING )?INDEX (\w+))?/.exec(detail);
      // A pragma's table-valued function (the scan cache's data_version) is one row, not a table.
      if (m === null || /^SCAN CONSTANT ROW/.test(detail) || /^SCAN pragma_\w+ VIRTUAL TABLE/.test(detail)) return false;
      return !SMALL_TABLES.has(m[1]!) && !exempt.has(m[1]!) && !(m[2] !== undefined && partial.has(m[2]));
    });
}

describe.skipIf(testOnPostgres())('the scan path reads by index only (EXPLAIN QUERY PLAN)', () => {
  let t: TempStation | undefined;
  let rec: ReturnType<typeof recordStatements>;
  beforeAll(() => {
    rec = recordStatements();
  });
  afterAll(() => rec.restore());
  afterEach(async () => {
    await t?.dispose();
    t = undefined;
  });

  /** Runs `scans` with the recorder on; no statement they executed may read a whole table or index. */
  const expectIndexedOnly = async (station: TempStation, scans: () => Promise<void>) => {
    rec.start();
    await scans();
    const statements = rec.stop();
    expect(statements.length).toBeGreaterThan(5);
    const offenders = statements.map((sql) => ({ sql, reads: fullReads(station.station.database.sqlite!, sql) })).filter((o) => o.reads.length > 0);
    expect(offenders).toEqual([]);
  };
  const each = (scan: (code: string) => Promise<unknown>, codes: string[]) => async () => {
    for (const code of codes) await scan(code);
  };

  it('receiving: a product, its serial, a quantity item and a rejected scan', async () => {
    const s = (t = await tempStation());
    await seedReceiving(s.station);
    const scan = (code: string) => request(s.station, 'receiving.scan', { po_number: 'PO-1', code });
    await scan('CBL');
    await expectIndexedOnly(s, each(scan, ['SCN', 'SN00000001', 'CBL', 'NOT-ON-PO']));
  });

  it('shipping: an item, its serial, a quantity item and a wrong item', async () => {
    const s = (t = await tempStation());
    await seedShipping(s.station);
    await request(s.station, 'shipping.open', { order_number: 'SO-2001' });
    const scan = (code: string) => request(s.station, 'shipping.scan', { order_number: 'SO-2001', code });
    await expectIndexedOnly(s, each(scan, ['SCN-100', 'SCN1000001', 'CBL-USB', 'SCL-200']));
  });

  it('REST: the API key is checked and a serialized unit received, by index only', async () => {
    const api = await tempApi();
    t = api;
    await seedReceiving(api.station);
    const scan = (code: string) => api.call('POST', '/purchase-orders/PO-1/scans', { code, sku: 'SCN' });
    expect((await scan('SN00000001')).status).toBe(200);
    await expectIndexedOnly(api, async () => {
      expect((await scan('SN00000002')).body.data).toMatchObject({ verdict: 'accepted' });
      expect((await scan('SN00000002')).body.data).toMatchObject({ verdict: 'rejected', reason: 'duplicate_in_po' });
    });
  });
});
