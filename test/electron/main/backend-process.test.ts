import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../../electron/logging/logger';

// electron/main runs against the stand-in electron module: utility processes are Node children.
vi.mock('electron', () => import('../../stand-in/electron/index'));
const { BackendProcess } = await import('../../../electron/main/backend-process');
const { RestartPolicy } = await import('../../../electron/main/restart-policy');

const entry = fileURLToPath(new URL('./fixtures/fake-backend.mjs', import.meta.url));
const logger = createLogger({ proc: 'app', stderr: false });
const started: InstanceType<typeof BackendProcess>[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((b) => b.stop(2000)));
  delete process.env.FAKE_BACKEND;
});

function backend(mode: string, policy?: InstanceType<typeof RestartPolicy>) {
  process.env.FAKE_BACKEND = mode;
  const b = new BackendProcess({ entry, dataDir: '/nonexistent', logger, ...(policy ? { policy } : {}) });
  started.push(b);
  return b;
}
const once = (b: InstanceType<typeof BackendProcess>, event: 'ready' | 'down' | 'failed') => new Promise<unknown>((resolve) => b.once(event, (...a: unknown[]) => resolve(a[0])));

describe('the station backend process', () => {
  it('hands out links once ready, and restarts after a crash', async () => {
    const b = backend('ok', new RestartPolicy([50]));
    expect(b.link()).toBeNull();
    b.start();
    await once(b, 'ready');
    const port = b.link();
    expect(port).not.toBeNull();
    const answer = new Promise((resolve) => port?.once('message', (e: { data: unknown }) => resolve(e.data)));
    port?.start();
    expect(await answer).toBe('linked');

    const down = once(b, 'down');
    const again = once(b, 'ready');
    process.kill(b.pid as number, 'SIGKILL');
    await down;
    expect(b.ready).toBe(false);
    await again;
    expect(b.ready).toBe(true);
  });

  it('does not restart a backend that reported it cannot start', async () => {
    const b = backend('fail');
    b.start();
    expect(await once(b, 'failed')).toBe('database from a newer ScanBay');
  });

  it('stop ends a backend that does not close within the timeout', async () => {
    const b = backend('hang');
    b.start();
    await once(b, 'ready');
    const t0 = Date.now();
    await b.stop(500);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(450);
    expect(b.ready).toBe(false);
  });
});
