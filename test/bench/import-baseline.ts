// The serial import's baseline: the sqlite3 shell loading the same CSV into a copy of the same
// station database (same tables, indexes, triggers and ledger), writing the rows ScanBay's
// opening-stock import writes — bins, serials, one ledger event per serial, stock — in one
// transaction with the station's durability settings. `importedRows` reads back what an import
// wrote, so the bench can prove both did the same work before it compares their times.
import { createHash } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';

const sqlText = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The shell script: `.import` into a temp table, then set-based inserts of what ScanBay writes. */
export function shellImportScript(csvPath: string, fileName: string, at: string): string[] {
  const now = sqlText(at);
  return [
    'pragma foreign_keys = on',
    'pragma synchronous = full',
    'pragma busy_timeout = 5000',
    // ScanBay's time ends at its commit (auto-checkpoint included, as here), not at the close of
    // the database, so the shell must not checkpoint the whole WAL on exit inside its time either.
    '.dbconfig no_ckpt_on_close on',
    'create temp table csv (sku text, serial text, warehouse text, bin text)',
    `.import --csv --skip 1 --schema temp ${csvPath} csv`,
    'begin immediate',
    'create temp table top as select coalesce(max(id), 0) as id from serials',
    // The import journal row ScanBay writes first (its id is the serials' and events' document id).
    `insert into imports (kind, file, state, rows, committed, pid, host, started_at)
       select 'serials', ${sqlText(fileName)}, 'committing', count(*), 0, 0, 'bench', ${now} from temp.csv`,
    // Bins in order of first use, as the import creates them while it reads.
    `insert into bins (warehouse_id, code)
       select w.id, c.bin from temp.csv c join warehouses w on w.code = c.warehouse
       where c.bin is not null and c.bin != '' and not exists (select 1 from bins b where b.warehouse_id = w.id and b.code = c.bin)
       group by w.id, c.bin order by min(c.rowid)`,
    `insert into serials (value, value_fold, unique_key, product_id, status, warehouse_id, bin_id, document_type, document_id, source, created_at, updated_at)
       select c.serial, lower(c.serial), p.id || ':' || c.serial, p.id, 'in_stock', w.id, b.id, 'import', (select max(id) from imports), 'external', ${now}, ${now}
       from temp.csv c join products p on p.sku = c.sku join warehouses w on w.code = c.warehouse
       left join bins b on b.warehouse_id = w.id and b.code = c.bin
       order by c.rowid`,
    `insert into serial_events (type, serial_id, product_id, document_type, document_id, document_number, at, details)
       select 'adjusted', id, product_id, 'import', document_id, ${sqlText(fileName)}, ${now}, '{"action":"opening_stock"}'
       from serials where id > (select id from temp.top) order by id`,
    `insert into stock (product_id, warehouse_id, bin_key, qty)
       select product_id, warehouse_id, coalesce(bin_id, 0), count(*) from serials where id > (select id from temp.top)
       group by product_id, warehouse_id, coalesce(bin_id, 0)
       on conflict (product_id, warehouse_id, bin_key) do update set qty = stock.qty + excluded.qty`,
    `update imports set state = 'done', committed = rows, finished_at = ${now} where id = (select max(id) from imports)`,
    'commit',
  ].map((s) => (s.startsWith('.') ? s : `${s};`));
}

/**
 * A digest per table of the rows an import wrote after serial id `above` (timestamps left out:
 * the two runs happen at different times), and the row counts.
 */
export function importedRows(file: string, above: number): Record<string, { rows: number; digest: string }> {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const queries: Record<string, string> = {
      serials: `select s.value, s.value_fold, s.unique_key, s.product_id, s.status, s.warehouse_id, b.code as bin, s.lot, s.expiry, s.source, s.unit_cost, s.document_type, s.document_id
                from serials s left join bins b on b.id = s.bin_id where s.id > ? order by s.id`,
      serial_events: `select e.type, s.value, e.product_id, e.document_type, e.document_id, e.document_number, e.user_id, e.station, e.details
                      from serial_events e join serials s on s.id = e.serial_id where e.serial_id > ? order by e.id`,
      stock: 'select product_id, warehouse_id, bin_key, qty from stock where ? >= 0 order by product_id, warehouse_id, bin_key',
      bins: 'select warehouse_id, code from bins where ? >= 0 order by id',
    };
    return Object.fromEntries(
      Object.entries(queries).map(([table, query]) => {
        const hash = createHash('sha256');
        let rows = 0;
        for (const row of db.prepare(query).raw(true).iterate(above)) {
          hash.update(JSON.stringify(row));
          rows++;
        }
        return [table, { rows, digest: hash.digest('hex') }];
      }),
    );
  } finally {
    db.close();
  }
}

export function topSerialId(file: string): number {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return Number((db.prepare('select coalesce(max(id), 0) as id from serials').get() as { id: number }).id);
  } finally {
    db.close();
  }
}
