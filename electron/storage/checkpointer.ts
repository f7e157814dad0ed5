import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * SQLite-specific: WAL checkpoints on a worker thread, off the scan path.
 *
 * With SQLite's automatic checkpoint, the commit that fills the WAL to 1,000 pages copies them into
 * the database file and syncs it before it returns: about one scan in a hundred waited several
 * milliseconds for it (the whole of the scan p99). Here the station's connection checkpoints only as
 * a safety net (SAFETY_PAGES, if the worker stops or falls behind), and a worker thread with its own
 * connection runs PASSIVE checkpoints, which never block the writer, every INTERVAL_MS. The writer
 * starts the WAL over once it has all been copied. Durability is unchanged: a commit is durable in
 * the WAL (synchronous=FULL) before its verdict, whoever copies it later.
 */
const INTERVAL_MS = 250;
/** The station connection's own automatic checkpoint while the worker runs (~40 MB of WAL). */
const SAFETY_PAGES = 10_000;
/** The WAL file's size once it holds SAFETY_PAGES frames (32-byte header, 24 bytes per frame header). */
export function walBytesAtCap(pageSize: number): number {
  return 32 + SAFETY_PAGES * (24 + pageSize);
}
/** SQLite's default, restored when the worker is gone. */
const DEFAULT_PAGES = 1_000;

// Runs in the worker (CommonJS, evaluated from this string: no separate file to bundle).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file, { fileMustExist: true, ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}) });
db.pragma('busy_timeout = 0');
const timer = setInterval(() => {
  try {
    const [r] = db.pragma('wal_checkpoint(PASSIVE)');
    if (r && r.checkpointed > 0) parentPort.postMessage({ checkpointed: r.checkpointed });
  } catch (err) {
    // Busy (another process checkpoints) or the disk is full: the next tick tries again.
  }
}, workerData.intervalMs);
parentPort.on('message', (m) => { if (m === 'stop') { clearInterval(timer); db.close(); parentPort.close(); } });
`;

export interface Checkpointer {
  /** WAL frames the worker has copied so far. */
  readonly checkpointed: number;
  /** Whether the worker runs (false once stopped or failed: SQLite's own checkpoint is back). */
  readonly running: boolean;
  stop(): Promise<void>;
}

export function startCheckpointer(sqlite: BetterSqlite3.Database, opts: { nativeBinding?: string } = {}): Checkpointer {
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { module, file: sqlite.name, nativeBinding: opts.nativeBinding, intervalMs: INTERVAL_MS },
  });
  worker.unref();
  let checkpointed = 0;
  let running = true;
  sqlite.pragma(`wal_autocheckpoint = ${SAFETY_PAGES}`);
  const fallBack = () => {
    if (!running) return;
    running = false;
    if (sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${DEFAULT_PAGES}`);
  };
  worker.on('message', (m: { checkpointed?: number }) => (checkpointed += m.checkpointed ?? 0));
  worker.on('error', fallBack);
  worker.on('exit', fallBack);
  return {
    get checkpointed() {
      return checkpointed;
    },
    get running() {
      return running;
    },
    async stop() {
      if (!running) return;
      // Referenced while it stops: an unreferenced worker and timer would let the process end mid-await.
      worker.ref();
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.postMessage('stop');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 2_000)))]);
      clearTimeout(timer);
      if (running) await worker.terminate();
      fallBack();
    },
  };
}
