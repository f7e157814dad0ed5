import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PrinterError, sendRaw, writeFileAtomic } from '../../../electron/labels/deliver';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scanbay-labels-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('writes the whole file and leaves no temp file behind', async () => {
    const path = join(dir, 'a.zpl');
    await writeFileAtomic(path, '^XA^XZ');
    expect(readFileSync(path, 'utf8')).toBe('^XA^XZ');
    expect(readdirSync(dir)).toEqual(['a.zpl']);
  });

  it('on error leaves the old file as it was and no partial file', async () => {
    const path = join(dir, 'b.zpl');
    writeFileSync(path, 'old');
    // A directory in the way of the rename: the write of the temp file succeeds, the rename fails.
    const blocked = join(dir, 'sub');
    await writeFileAtomic(join(blocked, 'x.zpl'), 'new').catch(() => {});
    expect(readdirSync(dir)).toEqual(['b.zpl']);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'c.zpl'));
    await expect(writeFileAtomic(join(dir, 'c.zpl'), 'new')).rejects.toThrow();
    expect(readdirSync(dir).sort()).toEqual(['b.zpl', 'c.zpl']);
    expect(readFileSync(path, 'utf8')).toBe('old');
  });
});

describe('sendRaw', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /** A stand-in for a label printer on port 9100: collects what each connection sends. */
  function printer(onConnection?: (socket: import('node:net').Socket) => void): Promise<{ port: number; received: Promise<string> }> {
    let resolveData!: (s: string) => void;
    const received = new Promise<string>((r) => (resolveData = r));
    server = createServer((socket) => {
      let data = '';
      socket.on('data', (d) => (data += d.toString('utf8')));
      socket.on('end', () => {
        resolveData(data);
        socket.end();
      });
      onConnection?.(socket);
    });
    return new Promise((resolve) => server!.listen(0, '127.0.0.1', () => resolve({ port: (server!.address() as { port: number }).port, received })));
  }

  it('sends every byte to the printer', async () => {
    const { port, received } = await printer();
    const big = `${'^XA^FO10,10^FDLABEL^FS^XZ\n'.repeat(20_000)}`;
    await sendRaw('127.0.0.1', port, big);
    expect(await received).toBe(big);
  });

  it('says so when no printer listens', async () => {
    const { port } = await printer();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    await expect(sendRaw('127.0.0.1', port, '^XA^XZ')).rejects.toThrow(PrinterError);
    await expect(sendRaw('127.0.0.1', port, '^XA^XZ')).rejects.toThrow(/cannot be reached \(ECONNREFUSED\)/);
  });
});
