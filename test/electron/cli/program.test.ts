import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, startServe, waitExit } from '../../helpers/cli';
import { walBytesAtCap } from '../../../electron/storage/checkpointer';

const dataDir = mkdtempSync(join(tmpdir(), 'scanbay-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string; bin: Record<string, string> };

describe('scanbay CLI', () => {
  it('is the package bin and prints its version and help', () => {
    expect(pkg.bin.scanbay).toBe('electron/cli/scanbay.mjs');
    expect(runCli(['--version'])).toMatchObject({ status: 0, stdout: `${pkg.version}\n` });
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    for (const cmd of ['serve', 'options', 'api-key', 'decode']) expect(help.stdout).toContain(cmd);
  });

  it('exits non-zero with one line on stderr for an unknown command or a bad flag', () => {
    for (const args of [['frobnicate'], ['serve', '--bogus'], ['serve', '--port', 'abc'], ['options', 'get']]) {
      const r = runCli(args);
      expect(r.status, args.join(' ')).not.toBe(0);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(/^scanbay: /);
    }
  });

  it('options list/get/set work on a data dir, parse JSON values, and refuse bad keys and values with exit 1', () => {
    const all = JSON.parse(runCli(['options', 'list', '--data-dir', dataDir]).stdout) as Record<string, unknown>;
    expect(all['general.stationName']).toBe('Station 1');
    expect(runCli(['options', 'set', 'general.volume', '35', '--data-dir', dataDir])).toMatchObject({ status: 0, stdout: '{"general.volume":35}\n' });
    expect(runCli(['options', 'set', 'general.stationName', 'Dock North', '--data-dir', dataDir]).status).toBe(0);
    expect(runCli(['options', 'get', 'general.stationName', '--data-dir', dataDir]).stdout).toBe('"Dock North"\n');
    const badKey = runCli(['options', 'set', 'general.nope', '1', '--data-dir', dataDir]);
    expect(badKey.status).toBe(1);
    expect(badKey.stderr).toMatch(/unknown option "general.nope"/);
    const badValue = runCli(['options', 'set', 'general.volume', '"loud"', '--data-dir', dataDir]);
    expect(badValue.status).toBe(1);
    expect(badValue.stderr).toMatch(/general.volume/);
    expect(runCli(['options', 'get', 'general.volume', '--data-dir', dataDir]).stdout).toBe('35\n');
  });

  it('webhooks add prints the webhook with its secret (opened for this one answer); list shows no secret', () => {
    const r = runCli(['webhooks', 'add', '--url', 'https://erp.example.com/hook', '--data-dir', dataDir]);
    expect(r.status).toBe(0);
    const added = JSON.parse(r.stdout) as { secret: string };
    expect(added).toEqual({ id: expect.any(Number), url: 'https://erp.example.com/hook', types: [], secret: expect.stringMatching(/^whsec_/) });
    const listed = runCli(['webhooks', 'list', '--data-dir', dataDir]);
    expect(listed).toMatchObject({ status: 0, stdout: expect.stringContaining('erp.example.com') });
    expect(listed.stdout).not.toContain(added.secret);
  });

  it('api-key create prints key, secret, token and channel_key once', () => {
    const r = runCli(['api-key', 'create', '--name', 'erp', '--data-dir', dataDir]);
    expect(r.status).toBe(0);
    expect(Object.keys(JSON.parse(r.stdout) as object)).toEqual(['key', 'secret', 'token', 'channel_key']);
    const again = runCli(['api-key', 'create', '--name', 'erp', '--data-dir', dataDir]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  });

  it('serve prints exactly one ready line with a URL that serves the UI, and stops cleanly on SIGTERM and SIGINT', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const { child, url, stdout } = await startServe(['--port', '0', '--data-dir', dataDir]);
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#key=[\w-]{20,}$/);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(await page.text()).toContain('<div id="root">');
      const health = await fetch(new URL('/api/v1/health', url));
      expect(await health.json()).toEqual({ success: true, data: { version: pkg.version } });
      // A running station: its WAL was written out to the working size at open (wal-reserve.ts).
      expect(statSync(join(dataDir, 'scanbay.db-wal')).size).toBe(walBytesAtCap(4096));
      child.kill(signal);
      expect(await waitExit(child)).toBe(0);
      expect(stdout().trim().split('\n')).toHaveLength(1);
    }
  });

  it('serve refuses a port in use with one line', async () => {
    const { child, url } = await startServe(['--port', '0', '--data-dir', dataDir]);
    const port = new URL(url).port;
    const r = runCli(['serve', '--port', port, '--data-dir', dataDir]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`scanbay: port ${port} on 127.0.0.1 is already in use`);
    child.kill('SIGTERM');
    await waitExit(child);
  });
});
