import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, runCli, waitExit } from '../../helpers/cli';
import { cannotMakeReadOnly, makeReadOnly, smallDisk } from '../../helpers/storage-faults';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'scanbay-cli-faults-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** `scanbay serve` that must refuse to start: its exit code and stderr (killed if it starts). */
async function serveRefusal(dataDir: string): Promise<{ code: number | null; stderr: string; stdout: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    if (stdout.includes('listening')) child.kill('SIGTERM');
  });
  const code = await waitExit(child);
  return { code, stderr, stdout };
}

const CAUSE = /\((read-only file system|permission denied)\)/;

describe('storage faults at the CLI and at start-up', () => {
  it('serve refuses an unwritable data dir, naming the path and the cause (exit 74)', async () => {
    if (cannotMakeReadOnly()) {
      process.stdout.write('skipped: running as root where no read-only mount can be made\n');
      return;
    }
    const dir = tempDir();
    const station = join(dir, 'station');
    expect(runCli(['users', 'add', '--name', 'sam', '--role', 'supervisor', '--pin', '9999', '--data-dir', station]).status).toBe(0);
    cleanups.push(makeReadOnly(station));

    const existing = await serveRefusal(station);
    expect(existing.stdout).toBe('');
    expect(existing.code).toBe(74);
    expect(existing.stderr).toMatch(new RegExp(`^scanbay: ScanBay cannot start: ${station} cannot be written \\((read-only file system|permission denied)\\)\\.\\n$`));

    // A data dir to be created under an unwritable parent.
    const parent = join(dir, 'parent');
    mkdirSync(parent);
    cleanups.push(makeReadOnly(parent));
    const missing = await serveRefusal(join(parent, 'new'));
    expect(missing.code).toBe(74);
    expect(missing.stderr).toContain(join(parent, 'new'));
    expect(missing.stderr).toMatch(CAUSE);

    // A one-shot command on the same dir: the same sentence, the same exit code.
    const add = runCli(['users', 'add', '--name', 'ben', '--role', 'operator', '--pin', '2468', '--data-dir', station]);
    expect(add.status).toBe(74);
    expect(add.stderr).toMatch(CAUSE);
    expect(add.stderr.split('\n')).toHaveLength(2);
  }, 120_000);

  it('a CLI write on a full disk exits 74 with the one sentence', () => {
    const disk = smallDisk(2048);
    if (!disk) {
      process.stdout.write('skipped: no tmpfs can be mounted here (needs root) for a real full disk\n');
      return;
    }
    cleanups.push(() => disk.dispose());
    const station = join(disk.dir, 'station');
    expect(runCli(['users', 'add', '--name', 'sam', '--role', 'supervisor', '--pin', '9999', '--data-dir', station]).status).toBe(0);
    disk.fill();
    const add = runCli(['users', 'add', '--name', 'ben', '--role', 'operator', '--pin', '2468', '--data-dir', station]);
    expect([add.status, add.stderr]).toEqual([74, 'scanbay: The disk holding the station data is full; nothing was recorded.\n']);
    const set = runCli(['options', 'set', 'general.stationName', 'Dock', '--data-dir', station]);
    expect([set.status, set.stderr]).toEqual([74, 'scanbay: The disk holding the station data is full; nothing was recorded.\n']);
    disk.free();
    const list = runCli(['users', 'list', '--data-dir', station]);
    expect(list.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { name: string }).name)).toEqual(['sam']);
  }, 120_000);
});
