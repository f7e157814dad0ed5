import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI, runCli } from '../../helpers/cli';
import { seedLifecycle } from '../../helpers/returns-data';
import { tempStation, type TempStation } from '../../helpers/station';

// `scanbay events`: the feed as JSON lines, from a cursor, by type, and --follow.
let t: TempStation;
beforeEach(async () => {
  t = await tempStation();
  await seedLifecycle(t.station.database.db);
});
afterEach(() => t.dispose());

const adjust = (code: string, qty: number) =>
  t.station.dispatch('stock.adjust', { action: 'add', code, qty, warehouse: 'MAIN', bin: 'A-01', reason: 'found' }, { origin: 'test' });
const lines = (out: string) => out.trim().split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as { id: string; type: string; sku: string; qty: number });

describe('scanbay events', () => {
  it('prints events as JSON lines; --after and --types narrow them; bad flags exit 2', async () => {
    expect(await adjust('CBL', 2)).toMatchObject({ ok: true });
    expect(await adjust('CBL', 3)).toMatchObject({ ok: true });
    const all = runCli(['events', '--data-dir', t.dataDir]);
    expect(all.status, all.stderr).toBe(0);
    const events = lines(all.stdout);
    expect(events.map((e) => [e.type, e.sku, e.qty])).toEqual([['adjustment.applied', 'CBL', 2], ['adjustment.applied', 'CBL', 3]]);
    expect(lines(runCli(['events', '--data-dir', t.dataDir, '--after', events[0]!.id]).stdout).map((e) => e.qty)).toEqual([3]);
    expect(runCli(['events', '--data-dir', t.dataDir, '--types', 'receipt.closed']).stdout).toBe('');
    const bad = runCli(['events', '--data-dir', t.dataDir, '--types', 'nope']);
    expect([bad.status, bad.stderr]).toEqual([2, expect.stringContaining('types')]);
  });

  it('--follow prints events committed later, as they come', async () => {
    const child = spawn(process.execPath, [CLI, 'events', '--data-dir', t.dataDir, '--follow'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    try {
      await adjust('CBL', 4);
      const deadline = Date.now() + 20_000;
      while (!out.includes('\n') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(lines(out).map((e) => e.qty)).toEqual([4]);
      await adjust('CBL', 5);
      while (lines(out).length < 2 && Date.now() < deadline + 20_000) await new Promise((r) => setTimeout(r, 100));
      expect(lines(out).map((e) => e.qty)).toEqual([4, 5]);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('close', r));
    }
  });
});
