// Storage benchmarks (issues 3 and 22): scan record and serial lookup latency at growing ledger
// sizes (all ledgers open at once, measured in alternating blocks, the same writes in raw
// statements alternated with them), bulk opening-stock import against the sqlite3 shell doing the same work
// (serial-import.ts), and a 10,000-line PO import. Serials scanned and looked up are random values.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runImport } from '../../electron/import/run-import';
import { openDatabase, type Database } from '../../electron/storage/database';
import { defaultWarehouse } from '../../electron/storage/repos/places';
import { findProductByCode } from '../../electron/storage/repos/products';
import { openReceivingSession, recordReceipt } from '../../electron/storage/repos/receiving';
import { findSerials } from '../../electron/storage/repos/serials';
import { upsertProduct } from '../../electron/storage/writers/product-writer';
import { upsertPurchaseOrder } from '../../electron/storage/writers/purchase-order-writer';
import { checkSerial, serialRuleOf } from '../../shared/domain/serial-rules';
import { nextEvent } from './running-station';
import { alternation } from './schedule';
import { seedLedgerFile, serialValue } from './seed-ledger';
import { serialImport } from './serial-import';
import { benchSerial, seededRandom, SERIAL_STREAMS } from './serials';
import { latency, MIN_P99_SAMPLES, nowMs, round } from './stats';
import { SCAN_VERDICT_P99_MS } from './targets';
import type { Bench, BenchContext, BenchResult } from './types';

const BLOCK = 100;

function storageSizesOf(ctx: BenchContext): number[] {
  return ctx.size === 'full' ? [10_000, 100_000, 1_000_000] : [10_000, 100_000];
}

type Kind = 'scan' | 'raw' | 'lookup';

interface Ledger {
  n: number;
  d: Database;
  run: Record<Kind, () => Promise<void> | void>;
  samples: Record<Kind, number[]>;
}

/** A database holding `n` in-stock serials, with a PO to receive on and the three timed operations. */
async function openLedger(ctx: BenchContext, n: number): Promise<Ledger> {
  // As a station opens it: WAL checkpoints on the worker thread, not inline in one commit of ~60
  // (which put SQLite's own checkpoint, 1-5 ms, into the p99 of ScanBay and of the raw baseline alike).
  const file = join(ctx.tmpDir, `storage-${n}.db`);
  seedLedgerFile(file, n);
  const d = await openDatabase({ file, backgroundCheckpoints: true });
  const po = (await upsertPurchaseOrder(d.db, { po_number: 'PO-B', vendor: 'V', lines: [{ sku: 'P0', qty: 1_000_000 }] })).value;
  const session = await openReceivingSession(d.db, { poId: po.id, station: 'Bench' });
  const p0 = (await findProductByCode(d.db, 'P0'))!.product.id;
  const next = { scan: 0, raw: 0, lookup: 0 };
  const random = seededRandom(n);

  // What a scan does in the repositories: validate + duplicate check + insert + event + commit.
  const scan = async () => {
    const value = benchSerial(SERIAL_STREAMS.storageScan, next.scan++);
    const match = await findProductByCode(d.db, 'P0');
    const rule = serialRuleOf(match!.product, null);
    if (!checkSerial(value, rule).ok) throw new Error('generated serial fails its rule');
    if ((await findSerials(d.db, value, { productId: match!.product.id })).length > 0) throw new Error('duplicate');
    await recordReceipt(d.db, { sessionId: session.id, poLineId: po.lines[0]!.id, qty: 1, serials: [{ value }], station: 'Bench' });
  };
  // The same work with raw better-sqlite3 statements (no Kysely, no rules): the duplicate probe
  // and the rows a receipt writes — serial, ledger event, session line, PO line count, stock.
  const warehouseId = (await defaultWarehouse(d.db)).id;
  const lineId = po.lines[0]!.id;
  const now = new Date().toISOString();
  const probe = d.sqlite!.prepare('select id from serials where unique_key = ?');
  const insertSerial = d.sqlite!.prepare(
    `insert into serials (value, value_fold, unique_key, product_id, status, warehouse_id, document_type, document_id, source, received_po_line_id, received_session_id, created_at, updated_at)
     values (?, ?, ?, ?, 'in_stock', ?, 'purchase_order', ?, 'received', ?, ?, ?, ?)`,
  );
  const insertEvent = d.sqlite!.prepare(
    `insert into serial_events (type, serial_id, product_id, document_type, document_id, document_number, station, at, details) values ('received', ?, ?, 'purchase_order', ?, 'PO-B', 'Bench', ?, ?)`,
  );
  const sessionLine = d.sqlite!.prepare(
    'insert into receiving_session_lines (session_id, po_line_id, qty) values (?, ?, 1) on conflict (session_id, po_line_id) do update set qty = qty + excluded.qty',
  );
  const poLine = d.sqlite!.prepare('update po_lines set received_qty = received_qty + 1, serial_count = serial_count + 1 where id = ?');
  const stock = d.sqlite!.prepare(
    'insert into stock (product_id, warehouse_id, bin_key, qty) values (?, ?, 0, 1) on conflict (product_id, warehouse_id, bin_key) do update set qty = qty + excluded.qty',
  );
  const details = JSON.stringify({ session_id: session.id, po_line_id: lineId, unit_cost: null });
  const record = d.sqlite!.transaction((value: string) => {
    const key = `${p0}:${value}`;
    if (probe.get(key)) throw new Error('duplicate');
    const { lastInsertRowid } = insertSerial.run(value, value.toLowerCase(), key, p0, warehouseId, po.id, lineId, session.id, now, now);
    insertEvent.run(lastInsertRowid, p0, po.id, now, details);
    sessionLine.run(session.id, lineId);
    poLine.run(lineId);
    stock.run(p0, warehouseId);
  });
  const raw = () => record.immediate(benchSerial(SERIAL_STREAMS.storageRaw, next.raw++));
  // A lookup of a serial of the seeded ledger, picked at random.
  const lookup = async () => {
    const value = serialValue(Math.floor(random() * n));
    const found = await findSerials(d.db, value);
    if (found.length !== 1) throw new Error(`lookup of ${value} found ${found.length}`);
  };
  return { n, d, run: { scan, raw, lookup }, samples: { scan: [], raw: [], lookup: [] } };
}

/** The raw baseline must write what ScanBay writes: compare the last serial (and event) of each. */
function checkSameRows(l: Ledger): void {
  const row = (value: string) =>
    l.d.sqlite!
      .prepare(
        `select s.product_id, s.status, s.warehouse_id, s.bin_id, s.document_type, s.document_id, s.source, s.unit_cost, s.received_po_line_id,
                s.received_session_id, s.lot, s.expiry, e.type, e.document_type, e.document_id, e.document_number, e.station, e.user_id, e.details
         from serials s join serial_events e on e.serial_id = s.id where s.value = ?`,
      )
      .raw(true)
      .all(value);
  const ours = row(benchSerial(SERIAL_STREAMS.storageScan, 0));
  const theirs = row(benchSerial(SERIAL_STREAMS.storageRaw, 0));
  if (JSON.stringify(ours) !== JSON.stringify(theirs)) throw new Error(`the raw baseline writes ${JSON.stringify(theirs)}, ScanBay ${JSON.stringify(ours)}: fix storage.bench.ts`);
}

const scanRecord: Bench = async (ctx) => {
  const ledgers: Ledger[] = [];
  try {
    for (const n of storageSizesOf(ctx)) ledgers.push(await openLedger(ctx, n));
    for (const l of ledgers) for (let i = 0; i < 100; i++) await l.run.scan(); // warm-up
    const arms = ledgers.flatMap((l) => (['scan', 'raw', 'lookup'] as const).map((kind) => ({ l, kind })));
    for (const order of alternation(arms, MIN_P99_SAMPLES / BLOCK)) {
      for (const { l, kind } of order) {
        for (let k = 0; k < BLOCK; k++) {
          await nextEvent();
          const t0 = nowMs();
          await l.run[kind]();
          l.samples[kind].push(nowMs() - t0);
        }
      }
    }
    for (const l of ledgers) checkSameRows(l);
  } finally {
    for (const l of ledgers) await l.d.close();
  }
  return ledgers.flatMap((l): BenchResult[] => {
    const scan = latency(l.samples.scan);
    const raw = latency(l.samples.raw);
    const lookup = latency(l.samples.lookup);
    return [
      {
        name: `storage.scan_record.${l.n}`,
        value: scan.p99 as number,
        unit: 'ms',
        ...scan,
        baseline: raw.p99,
        ratio: round((scan.p99 as number) / (raw.p99 as number), 2),
        target: `p99 <= ${SCAN_VERDICT_P99_MS} ms (baseline: the same probe and writes as raw better-sqlite3 statements)`,
        met: (scan.p99 as number) <= SCAN_VERDICT_P99_MS,
      },
      { name: `storage.serial_lookup.${l.n}`, value: lookup.p99 as number, unit: 'ms', ...lookup, target: 'p99 <= 1 ms', met: (lookup.p99 as number) <= 1 },
    ];
  });
};

/** Opening-stock import of 100,000 random serials into the largest ledger, against the sqlite3 shell. */
const bulkImport: Bench = async (ctx) => serialImport(ctx, storageSizesOf(ctx).at(-1) as number);

/** CSV import of 1,000 purchase orders × 10 lines. */
const poImport: Bench = async (ctx) => {
  const d = await openDatabase({ file: join(ctx.tmpDir, 'po-import.db') });
  for (let p = 0; p < 100; p++) await upsertProduct(d.db, { sku: `P${p}`, name: `Product ${p}`, tracking: p % 2 ? 'full' : 'none' });
  const lines = ['po_number,vendor,warehouse,vendor_invoice,sku,qty,unit_cost'];
  for (let po = 0; po < 1000; po++) {
    for (let l = 0; l < 10; l++) lines.push(`PO-${po},V${po % 7},MAIN,INV-${po},P${(po + l * 7) % 100},${1 + l},${(l * 1.25).toFixed(2)}`);
  }
  const csv = join(ctx.tmpDir, 'pos.csv');
  writeFileSync(csv, `${lines.join('\n')}\n`);
  const t0 = nowMs();
  const outcome = await runImport(d.db, { kind: 'purchase-orders', path: csv });
  const ms = nowMs() - t0;
  await d.close();
  if (!outcome.ok) throw new Error('bench PO import failed');
  return [{ name: 'storage.po_import.10000_lines', value: Math.round(ms), unit: 'ms', n: 10_000 }];
};

export const benches: Bench[] = [scanRecord, bulkImport, poImport];
