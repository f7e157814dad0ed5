import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startServe, waitExit } from '../../helpers/cli';

/**
 * A serial pattern with catastrophic backtracking must not stall the station. The station runs
 * as its own `scanbay serve` process, so a stalled event loop shows up as requests that time out
 * here (instead of hanging the test runner).
 */
let dataDir: string;
let child: ChildProcess;
let base: string;
let headers: Record<string, string>;

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: res.status, body: await res.json() };
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'scanbay-redos-'));
  const key = JSON.parse(runCli(['api-key', 'create', '--name', 'erp', '--data-dir', dataDir]).stdout) as { token: string; channel_key: string };
  headers = { 'x-access-token': key.token, 'x-channel-key': key.channel_key };
  const served = await startServe(['--port', '0', '--data-dir', dataDir]);
  child = served.child;
  base = `${new URL(served.url).origin}/api/v1`;
});

afterAll(async () => {
  // A stalled station (the old engine) cannot handle SIGTERM: kill it outright after a while.
  child.kill('SIGTERM');
  const stalled = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await waitExit(child);
  clearTimeout(stalled);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('serial patterns run in linear time', () => {
  it('(a+)+b against 100 × a answers in well under 50 ms, and health answers while scans run', async () => {
    expect((await call('POST', '/products', { sku: 'EVIL', name: 'Evil', tracking: 'full', serial_pattern: '(a+)+b' })).status).toBe(201);
    expect((await call('POST', '/purchase-orders', { po_number: 'PO-R', vendor: 'V', lines: [{ sku: 'EVIL', qty: 50 }] })).status).toBe(201);

    const serial = 'a'.repeat(100);
    const scan = () => call('POST', '/purchase-orders/PO-R/scans', { code: serial, sku: 'EVIL' });
    // Several scans in flight and a health check among them: all of them answer.
    const [health, ...scans] = await Promise.all([call('GET', '/health'), scan(), scan(), scan()]);
    expect(health).toMatchObject({ status: 200, body: { success: true } });
    for (const r of scans) expect(r.body.data).toMatchObject({ verdict: 'rejected', reason: 'bad_pattern' });

    // The best of a few round trips (a loaded machine may delay any single one).
    let best = Infinity;
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await scan();
      best = Math.min(best, performance.now() - started);
    }
    expect(best).toBeLessThan(50);
    expect((await call('POST', '/purchase-orders/PO-R/scans', { code: `${'a'.repeat(40)}b`, sku: 'EVIL' })).body.data).toMatchObject({ verdict: 'accepted' });
  });

  it('a pattern RE2 cannot express is refused when the product is saved, with the reason', async () => {
    for (const [pattern, reason] of [
      ['(?=SN)[A-Z0-9]+', /look-ahead/],
      ['(SN)\\1', /invalid escape sequence/],
      ['((SN){40}){40}', /invalid repeat count/],
      ['(((.?){30}){30})', /too complex/],
    ] as const) {
      const r = await call('POST', '/products', { sku: 'LOOK', name: 'Look', tracking: 'full', serial_pattern: pattern });
      expect(r.status).toBe(400);
      expect(r.body.error.type).toBe('ValidationError');
      expect(r.body.error.details).toEqual([{ path: 'serial_pattern', message: expect.stringMatching(reason) }]);
    }
    expect((await call('GET', '/products/LOOK')).status).toBe(404);
  });
});
