import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, startServe, waitExit } from '../../helpers/cli';
import { webhookReceiver } from '../../helpers/webhook-receiver';

// `scanbay serve` delivers webhooks from the durable outbox: killed (SIGKILL) after the event
// committed and before a delivery succeeded, the next process delivers it.
let dataDir: string;
let rx: Awaited<ReturnType<typeof webhookReceiver>>;
beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'scanbay-webhooks-'));
  rx = await webhookReceiver();
});
afterEach(async () => {
  await rx.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const until = async (what: () => boolean, ms = 30_000) => {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('webhooks from scanbay serve', () => {
  it('CLI add prints the secret once; a SIGKILL before a successful delivery still delivers after restart', async () => {
    const first = await startServe(['--port', '0', '--data-dir', dataDir, '--demo']);
    let second: Awaited<ReturnType<typeof startServe>> | undefined;
    try {
      const added = runCli(['webhooks', 'add', '--url', rx.url, '--types', 'adjustment.applied', '--data-dir', dataDir]);
      expect(added.status, added.stderr).toBe(0);
      expect(added.stdout.trim().split('\n')).toHaveLength(1);
      const hook = JSON.parse(added.stdout) as { id: number; url: string; types: string[]; secret: string };
      expect(Object.keys(hook).sort()).toEqual(['id', 'secret', 'types', 'url']);
      expect(hook).toMatchObject({ url: rx.url, types: ['adjustment.applied'] });
      const listed = runCli(['webhooks', 'list', '--data-dir', dataDir]);
      expect(JSON.parse(listed.stdout)).toMatchObject({ id: hook.id, enabled: true });
      expect(listed.stdout).not.toContain(hook.secret);

      const key = JSON.parse(runCli(['api-key', 'create', '--name', 'erp', '--data-dir', dataDir]).stdout) as { token: string; channel_key: string };
      for (let i = 0; i < 1000; i++) rx.plan.push(500);
      const r = await fetch(new URL('/api/v1/adjustments', first.url), {
        method: 'POST',
        headers: { 'x-access-token': key.token, 'x-channel-key': key.channel_key, 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'add', code: 'CBL-USB', qty: 7, warehouse: 'MAIN', reason: 'found' }),
      });
      expect(((await r.json()) as { data: { verdict: string } }).data.verdict).toBe('accepted');
      await until(() => rx.received.length >= 1);
      first.child.kill('SIGKILL');
      await new Promise((resolve) => (first.child.exitCode !== null || first.child.signalCode !== null ? resolve(null) : first.child.once('exit', resolve)));

      rx.plan.length = 0;
      const failed = rx.received.length;
      second = await startServe(['--port', '0', '--data-dir', dataDir]);
      // The killed process's delivery lease expires first (at most 15 s).
      await until(() => rx.received.length > failed, 60_000);
      const last = rx.received.at(-1)!;
      const events = (JSON.parse(last.body) as { events: { type: string; sku: string; qty: number }[] }).events;
      expect(events.map((e) => [e.type, e.sku, e.qty])).toEqual([['adjustment.applied', 'CBL-USB', 7]]);
      const [tPart, v1] = last.signature.split(',');
      expect(createHmac('sha256', hook.secret).update(`${tPart!.slice(2)}.${last.body}`).digest('hex')).toBe(v1!.slice(3));
      // `enable` turns a webhook on again (here one that is on: it stays so); an unknown id is one line, exit 1.
      expect(JSON.parse(runCli(['webhooks', 'enable', String(hook.id), '--data-dir', dataDir]).stdout)).toMatchObject({ id: hook.id, enabled: true, last_error: null });
      const unknown = runCli(['webhooks', 'enable', '999', '--data-dir', dataDir]);
      expect([unknown.status, unknown.stderr]).toEqual([1, 'scanbay: No webhook 999.\n']);
      expect(JSON.parse(runCli(['webhooks', 'remove', String(hook.id), '--data-dir', dataDir]).stdout)).toEqual({ id: hook.id, removed: true });
    } finally {
      if (first.child.exitCode === null && first.child.signalCode === null) first.child.kill('SIGKILL');
      second?.child.kill('SIGTERM');
      if (second) await waitExit(second.child);
    }
  }, 120_000);
});
