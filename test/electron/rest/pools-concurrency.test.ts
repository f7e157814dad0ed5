// Parallel REST clients commissioning overlapping serials through two `scanbay serve` processes
// on one data dir (issue 9 item 7, issue 8 "two API clients commissioning the same serial at
// once"): no duplicate serial ever, exactly one winner per serial, no "database is locked".
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startServe, waitExit } from '../../helpers/cli';

const GTIN = '04012345000016';
let dataDir: string;
const servers: { child: ChildProcess; url: string }[] = [];
let headers: Record<string, string>;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'scanbay-pools-race-'));
  servers.push(await startServe(['--port', '0', '--data-dir', dataDir, '--demo']));
  servers.push(await startServe(['--port', '0', '--data-dir', dataDir]));
  const key = runCli(['api-key', 'create', '--name', 'race', '--data-dir', dataDir]);
  expect(key.status, key.stderr).toBe(0);
  const creds = JSON.parse(key.stdout) as { token: string; channel_key: string };
  headers = { 'content-type': 'application/json', 'x-access-token': creds.token, 'x-channel-key': creds.channel_key };
}, 60_000);

afterAll(async () => {
  for (const s of servers) {
    s.child.kill('SIGTERM');
    await waitExit(s.child);
  }
  rmSync(dataDir, { recursive: true, force: true });
});

async function commission(server: number, serials: string[]): Promise<{ status: number; body: any }> {
  const origin = new URL((servers[server] as { url: string }).url).origin;
  const res = await fetch(`${origin}/api/v1/serials/commission`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ product_code: GTIN, product_code_schema: 'GTIN', expiry_date: '281231', serials }),
  });
  return { status: res.status, body: await res.json() };
}

/** A deterministic shuffle-pick of `n` of `pool` (xorshift). */
function pick(pool: string[], n: number, seed: number): string[] {
  let s = seed;
  const copy = [...pool];
  for (let i = copy.length - 1; i > 0; i--) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const j = Math.abs(s) % (i + 1);
    [copy[i], copy[j]] = [copy[j] as string, copy[i] as string];
  }
  return copy.slice(0, n);
}

describe('parallel commissioning over two processes', () => {
  it('the same serial sent by 12 clients at once: exactly one wins, the others get 409', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => commission(i % 2, ['RACE-ONE'])));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    for (const a of answers.filter((x) => x.status !== 200)) {
      expect(a).toMatchObject({ status: 409, body: { error: { type: 'ConflictError', details: { conflicts: ['RACE-ONE'] } } } });
    }
  });

  it('overlapping requests: winners are disjoint, the database holds exactly their union, nobody sees "locked"', async () => {
    const universe = Array.from({ length: 400 }, (_, i) => `OV-${String(i).padStart(4, '0')}`);
    const requests = Array.from({ length: 32 }, (_, i) => pick(universe, 60, 1 + i * 7919));
    const answers = await Promise.all(requests.map((serials, i) => commission(i % 2, serials)));

    for (const a of answers) {
      expect([200, 409], JSON.stringify(a.body).slice(0, 200)).toContain(a.status);
      expect(JSON.stringify(a.body)).not.toMatch(/locked|busy/i);
    }
    const won = requests.filter((_, i) => (answers[i] as { status: number }).status === 200);
    expect(won.length).toBeGreaterThan(0);
    const union = new Set<string>();
    for (const serials of won) for (const s of serials) {
      expect(union.has(s)).toBe(false);
      union.add(s);
    }
    // A 409 lists only serials that really were taken by a winner.
    for (const [i, a] of answers.entries()) {
      if (a.status !== 409) continue;
      const conflicts: string[] = a.body.error.details.conflicts;
      expect(conflicts.length).toBeGreaterThan(0);
      for (const c of conflicts) {
        expect(requests[i]).toContain(c);
        expect(union.has(c)).toBe(true);
      }
    }

    const db = new BetterSqlite3(join(dataDir, 'scanbay.db'), { readonly: true });
    try {
      const rows = db.prepare("select value, count(*) as n from serials where value like 'OV-%' group by value").all() as { value: string; n: number }[];
      expect(rows.every((r) => r.n === 1)).toBe(true);
      expect(new Set(rows.map((r) => r.value))).toEqual(union);
      const events = db.prepare("select count(*) as n from serial_events e join serials s on s.id = e.serial_id where s.value like 'OV-%' and e.type = 'commissioned'").get() as { n: number };
      expect(events.n).toBe(union.size);
    } finally {
      db.close();
    }
  });
});
