// Storage benchmarks (issue 3): scan record and serial lookup latency at growing ledger sizes,
// bulk opening-stock import against the sqlite3 shell's .import, and a 10,000-line PO import.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runImport } from '../../electron/import/run-import';
import { openDatabase, type Database } from '../../electron/storage/database';
import { findProductByCode } from '../../electron/storage/repos/products';
import { openReceivingSession, recordReceipt } from '../../electron/storage/repos/receiving';
import { findSerials } from '../../electron/storage/repos/serials';
import { upsertProduct } from '../../electron/storage/writers/product-writer';
import { upsertPurchaseOrder } from '../../electron/storage/writers/purchase-order-writer';
import { checkSerial, serialRuleOf } from '../../shared/domain/serial-rules';
import { PRODUCTS, seedLedger, serialValue } from './seed-ledger';
import { nowMs, percentile } from './stats';
import type { Bench, BenchContext, BenchResult } from './types';

const round = (v: number, digits = 3) => Number(v.toFixed(digits));

/** A station database holding `n` in-stock serials (with their ledger events) over 20 products. */
async function seededDatabase(ctx: BenchContext, n: number): Promise<Database> {
  const d = await openDatabase({ file: join(ctx.tmpDir, `storage-${n}.db`) });
  await seedLedger(d.db, n);
  return d;
}

/** Records `scans` accepted serial scans through the receiving repository: validate + insert + event + commit. */
async function scanRecordLatency(d: Database, scans: number): Promise<number[]> {
  const po = (await upsertPurchaseOrder(d.db, { po_number: `PO-B-${Date.now()}`, vendor: 'V', lines: [{ sku: 'P0', qty: 1_000_000 }] })).value;
  const session = await openReceivingSession(d.db, { poId: po.id, station: 'Bench' });
  const samples: number[] = [];
  for (let i = 0; i < scans; i++) {
    const value = `NEW${po.id}-${String(i).padStart(7, '0')}`;
    const t0 = nowMs();
    const match = await findProductByCode(d.db, 'P0');
    const rule = serialRuleOf(match!.product, null);
    if (!checkSerial(value, rule).ok) throw new Error('generated serial fails its rule');
    if ((await findSerials(d.db, value, { productId: match!.product.id })).length > 0) throw new Error('duplicate');
    await recordReceipt(d.db, { sessionId: session.id, poLineId: po.lines[0]!.id, qty: 1, serials: [{ value }], station: 'Bench' });
    samples.push(nowMs() - t0);
  }
  return samples;
}

/** The same durable write with raw better-sqlite3 statements (no Kysely, no validation): the floor. */
function rawInsertLatency(d: Database, scans: number): number[] {
  const now = new Date().toISOString();
  const insertSerial = d.sqlite!.prepare(
    `insert into serials (value, value_fold, unique_key, product_id, status, source, created_at, updated_at)
     values (?, ?, ?, 1, 'in_stock', 'received', ?, ?)`,
  );
  const insertEvent = d.sqlite!.prepare(`insert into serial_events (type, serial_id, product_id, at) values ('received', ?, 1, ?)`);
  const record = d.sqlite!.transaction((value: string) => {
    const { lastInsertRowid } = insertSerial.run(value, value.toLowerCase(), `1:${value}`, now, now);
    insertEvent.run(lastInsertRowid, now);
  });
  const samples: number[] = [];
  for (let i = 0; i < scans; i++) {
    const t0 = nowMs();
    record.immediate(`RAW-${i}`);
    samples.push(nowMs() - t0);
  }
  return samples;
}

async function lookupLatency(d: Database, n: number, lookups: number): Promise<number[]> {
  const samples: number[] = [];
  let seed = 12345;
  for (let i = 0; i < lookups; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const value = serialValue(seed % n);
    const t0 = nowMs();
    const found = await findSerials(d.db, value);
    samples.push(nowMs() - t0);
    if (found.length !== 1) throw new Error(`lookup of ${value} found ${found.length}`);
  }
  return samples;
}

function sizesOf(ctx: BenchContext): number[] {
  return ctx.size === 'full' ? [10_000, 100_000, 1_000_000] : [10_000, 100_000];
}

const scanPath: Bench = async (ctx) => {
  const results: BenchResult[] = [];
  for (const n of sizesOf(ctx)) {
    const d = await seededDatabase(ctx, n);
    await scanRecordLatency(d, 100); // warm-up
    const scans = await scanRecordLatency(d, 1000);
    const raw = rawInsertLatency(d, 1000);
    const lookups = await lookupLatency(d, n, 5000);
    const p50 = percentile(scans, 50);
    const p99 = percentile(scans, 99);
    const rawP99 = percentile(raw, 99);
    const lp99 = percentile(lookups, 99);
    results.push(
      {
        name: `storage.scan_record.${n}`,
        value: round(p99),
        unit: 'ms',
        n: scans.length,
        p50: round(p50),
        p99: round(p99),
        baseline: round(rawP99),
        ratio: round(p99 / rawP99, 2),
        target: 'p99 <= 5 ms',
        met: p99 <= 5,
      },
      {
        name: `storage.serial_lookup.${n}`,
        value: round(lp99),
        unit: 'ms',
        n: lookups.length,
        p50: round(percentile(lookups, 50)),
        p99: round(lp99),
        target: 'p99 <= 1 ms',
        met: lp99 <= 1,
      },
    );
    await d.close();
  }
  return results;
};

/**
 * Opening-stock import of 100,000 serial rows into the largest seeded ledger, vs sqlite3 `.import`.
 * Seeding and import run in a child process, as the CLI import does.
 */
const bulkImport: Bench = async (ctx) => {
  const n = sizesOf(ctx).at(-1)!;
  const rows = 100_000;
  const lines = ['sku,serial,warehouse,bin'];
  for (let i = 0; i < rows; i++) lines.push(`P${i % PRODUCTS},IMP${String(i).padStart(8, '0')},MAIN,B-${i % 50}`);
  const csv = join(ctx.tmpDir, 'serials.csv');
  writeFileSync(csv, `${lines.join('\n')}\n`);
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(new URL('./serial-import-child.ts', import.meta.url)), join(ctx.tmpDir, 'import.db'), csv, String(n)],
    { encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(`bench import process failed: ${child.stderr.slice(0, 500)}`);
  const { ms, ok, errors } = JSON.parse(child.stdout) as { ms: number; ok: boolean; errors: unknown[] };
  if (!ok) throw new Error(`bench import failed: ${JSON.stringify(errors)}`);
  const rate = Math.round((rows / ms) * 1000);

  const shellDb = join(ctx.tmpDir, 'shell-import.db');
  const s0 = nowMs();
  const shell = spawnSync('sqlite3', [shellDb, 'create table t (sku text, serial text, warehouse text, bin text);', `.import --csv --skip 1 ${csv} t`], {
    encoding: 'utf8',
  });
  const shellMs = nowMs() - s0;
  const shellRate = shell.status === 0 ? Math.round((rows / shellMs) * 1000) : undefined;
  return [
    {
      name: `storage.serial_import.rows_per_s.into_${n}`,
      value: rate,
      unit: 'rows/s',
      n: rows,
      ...(shellRate === undefined ? {} : { baseline: shellRate, ratio: round(shellRate / rate, 2) }),
      target: '>= 100000 rows/s',
      met: rate >= 100_000,
    },
  ];
};

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

export const benches: Bench[] = [scanPath, bulkImport, poImport];
