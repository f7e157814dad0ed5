// The scaling benchmark's set-up, in a process of its own: seeds the station data dir DIR with a
// ledger of N serials (seed-ledger.ts), the PO the timed scans go to (QTY units of P0) and the
// operator who signs in, then closes. Seeded in the measuring process, a 10 M-serial ledger's set-up
// went on weighing on the scans timed after it (1 M p99 ~2.1 ms against ~1.1 ms); in a child, the
// set-up ends with its process.
import { openStation } from '../../electron/backend/station';
import { upsertPurchaseOrder } from '../../electron/storage/writers/purchase-order-writer';
import { createUserWithBadge } from '../../electron/users/badges';
import { seedLedger } from './seed-ledger';

async function main(): Promise<void> {
  const [dataDir, n, qty] = process.argv.slice(2);
  if (!dataDir || !n || !qty) throw new Error('usage: seed-ledger-child DIR N QTY');
  // The ledger exists before the station starts, as at a dock: seeded by a one-shot (CLI) station.
  const seeding = await openStation({ dataDir, shell: 'cli', log: () => {} });
  try {
    await seedLedger(seeding.database.db, Number(n));
    await upsertPurchaseOrder(seeding.database.db, { po_number: 'PO-S', vendor: 'V', lines: [{ sku: 'P0', qty: Number(qty) }] });
    // A station records who scans: an operator signs in, as at a dock.
    await createUserWithBadge(seeding.database.db, { name: 'dock', role: 'operator', pin: '4321' });
  } finally {
    await seeding.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
