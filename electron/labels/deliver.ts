import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { connect } from 'node:net';
import { basename, dirname, join } from 'node:path';

/** Where finished label data goes: a file (atomically) or a raw-TCP label printer (port 9100). */

/**
 * Writes `data` to `path` so that the file is either the complete new content or not there at
 * all: a temp file beside it is written and synced, then renamed over the target. On any error
 * the temp file is removed and the target is left as it was.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fh = await open(tmp, 'wx', 0o644);
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => {});
    throw err;
  }
}

export class PrinterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PrinterError';
  }
}

/**
 * Sends raw bytes to a network printer (ZPL printers listen on TCP 9100) and resolves once every
 * byte was handed to the network. Refused, unreachable or silent printers fail with a sentence.
 */
export function sendRaw(host: string, port: number, data: Uint8Array | string, timeoutMs = 5000): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const where = `${host}:${port}`;
    const socket = connect({ host, port });
    let settled = false;
    const fail = (message: string) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      reject(new PrinterError(message));
    };
    socket.setTimeout(timeoutMs, () => fail(`the printer at ${where} did not answer within ${timeoutMs / 1000} s`));
    socket.once('error', (err: NodeJS.ErrnoException) => fail(`the printer at ${where} cannot be reached (${err.code ?? err.message})`));
    socket.once('connect', () => {
      socket.end(data);
    });
    const succeed = () => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve();
    };
    // 'finish': every byte went to the kernel and our FIN follows it. Printers close their side
    // once they have read everything ('close'); one that keeps it open is let go after a grace
    // period (closing earlier with unread replies pending could reset the connection).
    let flushed = false;
    socket.once('finish', () => {
      flushed = true;
      socket.setTimeout(0);
      setTimeout(succeed, Math.min(2000, timeoutMs)).unref();
    });
    socket.once('close', (hadError) =>
      hadError || !flushed ? fail(`the connection to the printer at ${where} closed before all labels were sent`) : succeed(),
    );
  });
}
