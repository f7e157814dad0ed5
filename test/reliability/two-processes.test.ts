import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStation } from '../../electron/backend/station';
import { CLI, runCli, startServe, waitExit } from '../helpers/cli';
import { seedReceiving } from '../helpers/receiving-data';

const dataDir = mkdtempSync(join(tmpdir(), 'scanbay-two-proc-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('two processes on one data dir', () => {
  it('REST scans keep being accepted while a CLI import writes: no "database is locked", no duplicate', async () => {
    const setup = await openStation({ dataDir, shell: 'cli', log: () => {} });
    await seedReceiving(setup);
    await setup.database.db.updateTable('po_lines').set({ qty: 100_000 }).execute();
    await setup.close();
    const key = JSON.parse(runCli(['api-key', 'create', '--name', 'dock', '--data-dir', dataDir]).stdout) as { token: string; channel_key: string };
    const serials = join(dataDir, 'opening-stock.csv');
    const rows = ['sku,serial,warehouse,bin', ...Array.from({ length: 30_000 }, (_, i) => `NOLEN,OPEN${String(i).padStart(7, '0')},MAIN,A-01`)];
    writeFileSync(serials, `${rows.join('\n')}\n`);

    const server = await startServe(['--port', '0', '--data-dir', dataDir]);
    const headers = { 'content-type': 'application/json', 'x-access-token': key.token, 'x-channel-key': key.channel_key };
    let importing = true;
    const importer = spawn(process.execPath, [CLI, 'import', 'serials', serials, '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let importErr = '';
    importer.stderr.on('data', (d: Buffer) => (importErr += d.toString()));
    const importDone = waitExit(importer).then((code) => {
      importing = false;
      return code;
    });

    const answers: string[] = [];
    let duringImport = 0;
    for (let i = 0; i < 150 || importing; i++) {
      const res = await fetch(new URL('/api/v1/purchase-orders/PO-3/scans', server.url), { method: 'POST', headers, body: JSON.stringify({ code: `CONC${String(i).padStart(6, '0')}`, sku: 'SCN' }) });
      const text = await res.text();
      answers.push(text);
      if (importing) duringImport++;
      expect(res.status, text).toBe(200);
      if (i > 2000) break;
    }
    expect(await importDone, importErr).toBe(0);
    expect(duringImport).toBeGreaterThan(0);
    expect(answers.filter((a) => /locked|SQLITE_BUSY/i.test(a))).toEqual([]);
    expect(answers.every((a) => (JSON.parse(a) as { data: { verdict: string } }).data.verdict === 'accepted')).toBe(true);

    server.child.kill('SIGTERM');
    await waitExit(server.child);
    const check = await openStation({ dataDir, shell: 'cli', log: () => {} });
    const counts = check.database.sqlite!
      .prepare("select count(*) as n, count(distinct unique_key) as keys from serials where status <> 'deleted'")
      .get() as { n: number; keys: number };
    expect(counts.n).toBe(counts.keys);
    expect(counts.n).toBe(30_000 + answers.length);
    await check.close();
  }, 120_000);
});

describe('an API key revoked by another process', () => {
  it('`scanbay api-key revoke` while `scanbay serve` runs: the next request with that key is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scanbay-revoke-'));
    try {
      const key = JSON.parse(runCli(['api-key', 'create', '--name', 'erp', '--data-dir', dir]).stdout) as { key: string; token: string; channel_key: string };
      const server = await startServe(['--port', '0', '--data-dir', dir]);
      try {
        const headers = { 'x-access-token': key.token, 'x-channel-key': key.channel_key };
        const options = () => fetch(new URL('/api/v1/options', server.url), { headers });
        // Twice: the second answer comes from what the server kept after the first.
        for (let i = 0; i < 2; i++) expect((await options()).status).toBe(200);
        expect(JSON.parse(runCli(['api-key', 'revoke', '--key', key.key, '--data-dir', dir]).stdout)).toEqual({ key: key.key, revoked: true });
        const refused = await options();
        expect(refused.status).toBe(401);
        expect(await refused.json()).toMatchObject({ error: { type: 'AuthError', message: expect.stringContaining('revoked') } });
      } finally {
        server.child.kill('SIGTERM');
        await waitExit(server.child);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
