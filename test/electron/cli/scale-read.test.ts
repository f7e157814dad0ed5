import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { SocatPair } from '../../../electron/devices/scale/simulator/socat-pair';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'scanbay-cli-scale-'));
const children: ChildProcessWithoutNullStreams[] = [];

function cli(args: string[]): ChildProcessWithoutNullStreams {
  const child = spawn(process.execPath, ['electron/cli/scanbay.mjs', ...args], { cwd: root });
  children.push(child);
  return child;
}

/** Collect stdout lines; `next()` resolves with the next one. */
function lines(child: ChildProcessWithoutNullStreams): { next: () => Promise<string> } {
  const queue: string[] = [];
  const waiters: ((l: string) => void)[] = [];
  createInterface({ input: child.stdout }).on('line', (l) => {
    const w = waiters.shift();
    if (w) w(l);
    else queue.push(l);
  });
  return { next: () => new Promise((resolve) => (queue.length > 0 ? resolve(queue.shift() as string) : waiters.push(resolve))) };
}

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = cli(args);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

async function simulator(protocol: string, link: string): Promise<{ child: ChildProcessWithoutNullStreams; set: (line: string) => Promise<unknown> }> {
  const child = cli(['simulate', 'scale', '--protocol', protocol, '--link', link, '--interval-ms', '50']);
  const out = lines(child);
  expect(JSON.parse(await out.next())).toMatchObject({ ready: true, link, protocol });
  return {
    child,
    set: async (line) => {
      child.stdin.write(`${line}\n`);
      return JSON.parse(await out.next());
    },
  };
}

/** Stop leftover children gracefully (a simulator must stop its own socat), SIGKILL as a last resort. */
afterEach(async () => {
  for (const c of children.splice(0)) {
    if (c.exitCode !== null || c.signalCode !== null || c.pid === undefined) continue;
    const closed = new Promise((res) => c.once('close', res));
    process.kill(c.pid, 'SIGTERM');
    const timer = setTimeout(() => c.pid !== undefined && c.exitCode === null && process.kill(c.pid, 'SIGKILL'), 3000);
    await closed;
    clearTimeout(timer);
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scanbay scale read against scanbay simulate scale', () => {
  for (const protocol of ['mt-sics', 'toledo-8217', 'nci', 'continuous', 'adam', 'sma', 'and-polled', 'kern']) {
    it(`${protocol}: prints one JSON object per reading and exits 0 after --count`, async () => {
      const link = join(dir, protocol);
      const sim = await simulator(protocol, link);
      expect(await sim.set('1.234 kg')).toMatchObject({ ok: true, state: { weight: 1.234, unit: 'kg' } });
      const count = protocol === 'adam' ? 1 : 2; // an Adam scale reports a weight once
      const r = await run(['scale', 'read', '--port', link, '--protocol', protocol, '--count', String(count), '--timeout', '10']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('{"weight":1.234,"unit":"kg","grams":1234,"stable":true,"status":"stable"}\n'.repeat(count));

      sim.child.kill('SIGTERM');
      expect(await new Promise((res) => sim.child.on('close', res))).toBe(0);
      expect(existsSync(link)).toBe(false); // the link is cleaned up
    });
  }

  it('reports motion and pounds as the scale sends them', async () => {
    const link = join(dir, 'lb');
    const sim = await simulator('nci', link);
    await sim.set('0.5 lb');
    await sim.set('motion');
    const motion = await run(['scale', 'read', '--port', link, '--protocol', 'nci', '--timeout', '5']);
    expect(JSON.parse(motion.stdout)).toEqual({ weight: 0, unit: 'g', grams: 0, stable: false, status: 'motion' });
    await sim.set('stable');
    const stable = await run(['scale', 'read', '--port', link, '--protocol', 'nci', '--timeout', '5']);
    expect(JSON.parse(stable.stdout)).toEqual({ weight: 0.5, unit: 'lb', grams: 226.796, stable: true, status: 'stable' });
  });

  it('--unit: a Toledo weight is read in the configured unit instead of the one its decimals imply', async () => {
    const link = join(dir, 'toledo-unit');
    const sim = await simulator('toledo-8217', link);
    await sim.set('0.5 lb'); // the simulator sends 000.50: two decimals, "pounds" by the guess
    const guessed = await run(['scale', 'read', '--port', link, '--protocol', 'toledo-8217', '--timeout', '5']);
    expect(JSON.parse(guessed.stdout)).toMatchObject({ weight: 0.5, unit: 'lb' });
    const set = await run(['scale', 'read', '--port', link, '--protocol', 'toledo-8217', '--unit', 'kg', '--timeout', '5']);
    expect(JSON.parse(set.stdout)).toEqual({ weight: 0.5, unit: 'kg', grams: 500, stable: true, status: 'stable' });
  });

  it('continuous --pattern with a sign group reads a sign apart from its digits; without --pattern the auto formats do', async () => {
    const link = join(dir, 'cont-auto');
    const sim = await simulator('continuous', link);
    await sim.set('-1.25 kg');
    const auto = await run(['scale', 'read', '--port', link, '--protocol', 'continuous', '--timeout', '5']);
    expect(JSON.parse(auto.stdout)).toMatchObject({ weight: -1.25, unit: 'kg' });
    const custom = await run(['scale', 'read', '--port', link, '--protocol', 'continuous', '--timeout', '5', '--pattern', '^(?:ST|UL),(?:GS|NT),\\s*(?<sign>[-+]?)\\s*(?<value>\\d+\\.\\d+)\\s*(?<unit>kg)$']);
    expect(JSON.parse(custom.stdout)).toMatchObject({ weight: -1.25, unit: 'kg' });
  });

  it('--follow keeps reading across a link drop, printing a line when the link goes and when it comes back', async () => {
    const link = join(dir, 'follow');
    const sim = await simulator('mt-sics', link);
    await sim.set('1.5 kg');
    const reader = cli(['scale', 'read', '--port', link, '--protocol', 'mt-sics', '--follow', '--poll-ms', '50']);
    const out = lines(reader);
    /** The next printed object that matches (readings stream in between). */
    const next = async (match: (o: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> => {
      for (;;) {
        const o = JSON.parse(await out.next()) as Record<string, unknown>;
        if (match(o)) return o;
      }
    };
    expect(await next((o) => 'link' in o)).toMatchObject({ link: 'connected', port: link });
    expect(await next((o) => 'weight' in o)).toMatchObject({ weight: 1.5 });

    sim.child.kill('SIGTERM'); // the scale goes away (the simulator removes its pseudo-terminal)
    await new Promise((res) => sim.child.on('close', res));
    expect(await next((o) => 'link' in o)).toMatchObject({ link: 'disconnected', port: link, message: expect.any(String) });
    expect(reader.exitCode).toBeNull(); // still running

    const again = await simulator('mt-sics', link); // plugged back in at the same path
    await again.set('2.25 kg');
    expect(await next((o) => 'link' in o)).toMatchObject({ link: 'connected' });
    expect(await next((o) => o.weight === 2.25)).toMatchObject({ stable: true });
  });

  it('the simulator stops cleanly when its stdin ends', async () => {
    const link = join(dir, 'eof');
    const sim = await simulator('mt-sics', link);
    sim.child.stdin.end();
    expect(await new Promise((res) => sim.child.on('close', res))).toBe(0);
    expect(existsSync(link)).toBe(false);
  });

  it('exits 1 with a one-line reason when the port does not exist', async () => {
    const r = await run(['scale', 'read', '--port', join(dir, 'absent'), '--protocol', 'mt-sics']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^scanbay: cannot open serial port .*absent: No such file or directory\n$/);
  });

  it('exits 1 on timeout when the scale never answers', async () => {
    const pair = new SocatPair(join(dir, 'mute-host'), join(dir, 'mute-scale'));
    await pair.start();
    try {
      const r = await run(['scale', 'read', '--port', pair.linkA, '--protocol', 'toledo-8217', '--timeout', '1.5']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^scanbay: timed out after 1.5 s: 0 of 1 readings from Toledo 8217 scale on .*mute-host.*did not answer within 1000 ms\)\n$/);
    } finally {
      if (pair.pid !== undefined) process.kill(pair.pid, 'SIGTERM');
      await pair.stop();
    }
  });

  it('rejects a continuous pattern without a value group', async () => {
    const r = await run(['scale', 'read', '--port', '/dev/null', '--protocol', 'continuous', '--pattern', '^(\\d+)$']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('(?<value>');
  });
});
