import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, open, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Holds every thread of libuv's pool in a blocking open() of a FIFO, so fs work queued after this
 * (a stat, a read) waits until release(), as on a slow disk. Lets a test make an asynchronous fs
 * call run after something the test does, every time. The pool takes work in order, so the opens
 * are taken before anything queued later. Always release (in a finally): a held pool stalls every
 * fs call of the worker.
 */
export function busyThreadPool(): { release: () => Promise<void> } {
  const size = Number(process.env.UV_THREADPOOL_SIZE) || 4;
  const dir = mkdtempSync(join(tmpdir(), 'scanbay-pool-'));
  const fifos = Array.from({ length: size }, (_, i) => join(dir, `f${i}`));
  execFileSync('mkfifo', fifos);
  const opened = fifos.map(
    (f) => new Promise<number>((resolve, reject) => open(f, 'r', (err, fd) => (err ? reject(err) : resolve(fd)))),
  );
  return {
    release: async () => {
      // A writer's open lets the reader's open return; ENXIO: that reader is not in a thread yet.
      const deadline = Date.now() + 5_000;
      for (const f of fifos) {
        for (;;) {
          try {
            closeSync(openSync(f, constants.O_WRONLY | constants.O_NONBLOCK));
            break;
          } catch (err) {
            if ((err as NodeJS.ErrnoException).code !== 'ENXIO' || Date.now() > deadline) throw err;
            await new Promise((r) => setTimeout(r, 5));
          }
        }
      }
      for (const fd of await Promise.all(opened)) closeSync(fd);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
