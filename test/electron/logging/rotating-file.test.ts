import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { RotatingFile } from '../../../electron/logging/rotating-file';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'scanbay-log-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const LINES = 2000;
const lines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []);

describe('RotatingFile', () => {
  it('rotates at the size cap into scanbay.1.log … and keeps only `keep` rotated files', () => {
    const dir = tempDir();
    const file = new RotatingFile(join(dir, 'logs', 'scanbay.log'), { maxBytes: 100, keep: 2 });
    for (let i = 0; i < 40; i++) file.write(`${JSON.stringify({ i, pad: 'x'.repeat(20) })}\n`);
    file.close();
    expect(readdirSync(join(dir, 'logs')).sort()).toEqual(['scanbay.1.log', 'scanbay.2.log', 'scanbay.log']);
    const kept = [...lines(join(dir, 'logs', 'scanbay.2.log')), ...lines(join(dir, 'logs', 'scanbay.1.log')), ...lines(join(dir, 'logs', 'scanbay.log'))];
    const ids = kept.map((l) => (JSON.parse(l) as { i: number }).i);
    // Oldest first and contiguous up to the last line written: nothing lost inside what is kept.
    expect(ids.at(-1)).toBe(39);
    expect(ids).toEqual(Array.from({ length: ids.length }, (_, k) => 40 - ids.length + k));
    for (const f of readdirSync(join(dir, 'logs'))) expect(readFileSync(join(dir, 'logs', f)).length).toBeLessThan(100 + 40);
  });

  it('follows a rotation made by another writer instead of writing into the rotated file', () => {
    const dir = tempDir();
    const path = join(dir, 'scanbay.log');
    const a = new RotatingFile(path, { maxBytes: 50, keep: 3 });
    const b = new RotatingFile(path, { maxBytes: 50, keep: 3 });
    a.write(`${'a'.repeat(60)}\n`);
    b.write('b1\n'); // b finds the file full and rotates it
    a.write('a2\n'); // a must now append to the new scanbay.log
    a.close();
    b.close();
    expect(lines(path)).toEqual(['b1', 'a2']);
    expect(lines(join(dir, 'scanbay.1.log'))).toEqual(['a'.repeat(60)]);
  });

  it('loses no line and splits none when several processes write and rotate at once', async () => {
    const dir = tempDir();
    const path = join(dir, 'scanbay.log');
    const writer = fileURLToPath(new URL('./rotating-writer.ts', import.meta.url));
    const startAt = String(Date.now() + 8000); // after all three have loaded
    const run = (name: string) =>
      new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', writer, path, name, String(LINES), startAt], { stdio: 'inherit' });
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`writer ${name} exited ${code}`))));
      });
    await Promise.all([run('p1'), run('p2'), run('p3')]);
    const files = readdirSync(dir).filter((f) => f.endsWith('.log'));
    expect(files.length).toBeGreaterThan(2); // it did rotate
    const all = files.flatMap((f) => lines(join(dir, f)));
    for (const l of all) expect(l).toMatch(/^p[123] \d+ x+$/);
    for (const p of ['p1', 'p2', 'p3']) {
      const seen = all.filter((l) => l.startsWith(`${p} `)).map((l) => Number(l.split(' ')[1]));
      expect(new Set(seen).size, p).toBe(LINES);
    }
    expect(existsSync(`${path}.lock`)).toBe(false);
  });
});
