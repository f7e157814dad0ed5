// `seedLedgerFile` (seed-ledger.ts) in a process of its own: seeds the SQLite database FILE with a
// ledger of N serials, then closes it.
import { openDatabase } from '../../electron/storage/database';
import { childMain } from './child-process';
import { seedLedger } from './seed-ledger';

childMain(async () => {
  const [file, n] = process.argv.slice(2);
  if (!file || !n) throw new Error('usage: seed-ledger-child FILE N');
  const d = await openDatabase({ file });
  try {
    await seedLedger(d.db, Number(n));
  } finally {
    await d.close();
  }
});
