import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStation } from '../../../electron/backend/station';
import { bulkReceive } from '../../helpers/bulk-receipts';
import { CLI, runCli, waitExit } from '../../helpers/cli';
import { seedReceiving } from '../../helpers/receiving-data';

let dataDir: string;
let out: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'scanbay-parts-'));
  out = mkdtempSync(join(tmpdir(), 'scanbay-parts-out-'));
  const station = await openStation({ dataDir, shell: 'cli', log: () => {} });
  await seedReceiving(station);
  await station.close();
  // Enough rows that an export is still writing when it is killed.
  await bulkReceive(dataDir, 'PO-3', 'SCN', 200_000, 'K');
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

const parts = () => readdirSync(out).filter((n) => n.endsWith('.part'));

describe('export part files', () => {
  it('an export killed with kill -9 leaves its part file; the next export into that directory removes it', async () => {
    const target = join(out, 'serials.csv');
    const child = spawn(process.execPath, [CLI, 'export', 'serials', '--out', target, '--data-dir', dataDir], { stdio: 'ignore' });
    const deadline = Date.now() + 60_000;
    while (parts().length === 0 && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    expect(parts()).toHaveLength(1);
    child.kill('SIGKILL');
    await waitExit(child);
    expect(parts()).toHaveLength(1);

    // Part files of other dead exports (a finished pid) and of an older build (no pid, idle), and one
    // of an export still running (this process) which must stay.
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(join(out, `.other.csv.${dead}.0123456789ab.part`), 'x');
    const legacy = join(out, '.serials.csv.a1b2c3d4e5f6.part');
    writeFileSync(legacy, 'x');
    utimesSync(legacy, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    const live = `.busy.csv.${process.pid}.ba9876543210.part`;
    writeFileSync(join(out, live), 'x');

    const small = runCli(['export', 'serials', '--sku', 'SCL', '--out', join(out, 'scl.csv'), '--data-dir', dataDir]);
    expect(small.status).toBe(0);
    expect(parts()).toEqual([live]);
    expect(readdirSync(out).sort()).toEqual([live, 'scl.csv'].sort());
  }, 120_000);
});
