import { describe, expect, it } from 'vitest';
import { createScanRouter, type ScanOutcome, type UiScan } from '../../renderer/src/scan/scan-router';

const scan = (code: string): UiScan => ({ code, source: 'wedge' });
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('scan router', () => {
  it('delivers scans one at a time, in order, each after the previous verdict', async () => {
    const router = createScanRouter();
    const seen: string[] = [];
    let busy = false;
    router.register({
      current: async ({ code }) => {
        expect(busy).toBe(false);
        busy = true;
        await tick();
        seen.push(code);
        busy = false;
      },
    });
    for (const c of ['A', 'B', 'C']) router.submit(scan(c));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual(['A', 'B', 'C']);
  });

  it('keeps scans that arrive while no screen listens, for the next one', async () => {
    const router = createScanRouter();
    router.submit(scan('EARLY'));
    const seen: string[] = [];
    router.register({ current: ({ code }) => void seen.push(code) });
    await tick();
    expect(seen).toEqual(['EARLY']);
  });

  it('after a scan that leaves the screen, the scans behind it wait for the next screen', async () => {
    const router = createScanRouter();
    const finder: string[] = [];
    const wizard: string[] = [];
    // The finder stays registered (React has not unmounted it yet) but said it left.
    router.register({
      current: ({ code }): ScanOutcome => {
        finder.push(code);
        return code.startsWith('PO-') ? 'leave' : undefined;
      },
    });
    router.submit(scan('PO-1003'));
    router.submit(scan('SCN-100'));
    await tick();
    expect(finder).toEqual(['PO-1003']);
    router.register({ current: ({ code }) => void wizard.push(code) });
    await tick();
    expect(wizard).toEqual(['SCN-100']);
  });

  it('a handler that throws, before or after waiting, does not stop the queue', async () => {
    const router = createScanRouter();
    const seen: string[] = [];
    router.register({
      current: ({ code }) => {
        if (code === 'BAD') throw new Error('boom'); // before any await: a plain throw
        return (async () => {
          await tick();
          if (code === 'LATER') throw new Error('late boom');
          seen.push(code);
        })();
      },
    });
    for (const c of ['SLOW', 'BAD', 'LATER', 'GOOD']) router.submit(scan(c));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual(['SLOW', 'GOOD']);
  });
});
