import { describe, expect, it, vi } from 'vitest';
import { createScanRouter, type Refusal, type RouterDeps, type ScanOutcome, type UiScan } from '../../renderer/src/scan/router-core';

const scan = (code: string): UiScan => ({ code, source: 'wedge' });
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface FakeField {
  name: string;
  value: string;
  numeric?: boolean;
  entered: number;
}

/** A router over a fake page: `focus` is the focused editable field (null: none or the Scan field). */
function setup(opts: Partial<RouterDeps<FakeField>> = {}) {
  const refused: { code: string; why: Refusal }[] = [];
  const page: { focus: FakeField | null } = { focus: null };
  const router = createScanRouter<FakeField>({
    focusedField: () => page.focus,
    fill: (field, text) => {
      if (field.numeric && !/^\d+$/.test(text)) return false;
      field.value += text;
      field.entered++;
      return true;
    },
    refuse: (s, why) => refused.push({ code: s.code, why }),
    handoffMs: 100,
    ...opts,
  });
  return { router, refused, page };
}

describe('scan router: one rule for every scan', () => {
  it('delivers scans one at a time, in order, each after the previous verdict', async () => {
    const { router } = setup();
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
    for (const c of ['A', 'B', 'C']) router.scan(scan(c));
    await vi.waitFor(() => expect(seen).toEqual(['A', 'B', 'C']));
  });

  it('a scan made while a text field has focus is typed into that field (and its Enter action runs), never given to the screen', async () => {
    const { router, page, refused } = setup();
    const seen: string[] = [];
    router.register({ current: ({ code }) => void seen.push(code) });
    const filter: FakeField = { name: 'Filter serials', value: '', entered: 0 };
    page.focus = filter;
    router.scan(scan('SCN1000001'));
    await tick();
    expect(filter).toMatchObject({ value: 'SCN1000001', entered: 1 });
    expect(seen).toEqual([]);
    expect(refused).toEqual([]);
    // Focus back on the Scan field (or nothing): the screen takes the next one.
    page.focus = null;
    router.scan(scan('SCN-100'));
    await tick();
    expect(seen).toEqual(['SCN-100']);
  });

  it('a number field refuses a scan that is not a number, at once', () => {
    const { router, page, refused } = setup();
    router.register({ current: () => undefined });
    page.focus = { name: 'Quantity', value: '1', numeric: true, entered: 0 };
    router.scan(scan('SCN-100'));
    expect(refused).toEqual([{ code: 'SCN-100', why: 'field_refused' }]);
    expect(page.focus.value).toBe('1');
  });

  it('with no field and no screen handler a scan is refused at once, and is not kept for a screen that comes later', async () => {
    const { router, refused } = setup();
    router.scan(scan('EARLY'));
    expect(refused).toEqual([{ code: 'EARLY', why: 'no_handler' }]);
    const seen: string[] = [];
    router.register({ current: ({ code }) => void seen.push(code) });
    await tick();
    expect(seen).toEqual([]);
  });

  it('the Scan field submits to the screen handler (or is refused when the screen takes no scans)', async () => {
    const { router, refused, page } = setup();
    page.focus = null;
    router.submit({ code: 'TYPED', source: 'typed' });
    expect(refused.map((r) => r.code)).toEqual(['TYPED']);
    const seen: string[] = [];
    router.register({ current: ({ code }) => void seen.push(code) });
    router.submit({ code: 'TYPED2', source: 'typed' });
    await tick();
    expect(seen).toEqual(['TYPED2']);
  });

  it('scans queued for a screen that goes away (a dialog opened, Escape, another tab) are refused, not replayed later', async () => {
    const { router, refused } = setup();
    const seen: string[] = [];
    let release!: () => void;
    const off = router.register({
      current: async ({ code }) => {
        seen.push(code);
        if (code === 'FIRST') await new Promise<void>((r) => (release = r));
      },
    });
    router.scan(scan('FIRST'));
    router.scan(scan('SECOND'));
    await tick();
    off(); // the verdict of FIRST opened a dialog: the wizard no longer takes scans
    release();
    await vi.waitFor(() => expect(refused.map((r) => r.code)).toEqual(['SECOND']));
    router.register({ current: ({ code }) => void seen.push(code) });
    await tick();
    expect(seen).toEqual(['FIRST']);
  });

  it('after a scan that opens a document, the scans behind it wait for the new screen (not the old one)', async () => {
    const { router, refused } = setup();
    const finder: string[] = [];
    const wizard: string[] = [];
    // The finder stays registered (React has not unmounted it yet) but said it left.
    router.register({
      current: ({ code }): ScanOutcome => {
        finder.push(code);
        return code.startsWith('PO-') ? 'leave' : undefined;
      },
    });
    router.scan(scan('PO-1003'));
    router.scan(scan('SCN-100'));
    await wait(20);
    expect(finder).toEqual(['PO-1003']);
    // A scan arriving during the handoff waits too.
    router.scan(scan('SCN-101'));
    router.register({ current: ({ code }) => void wizard.push(code) });
    await vi.waitFor(() => expect(wizard).toEqual(['SCN-100', 'SCN-101']));
    expect(refused).toEqual([]);
  });

  it('the handoff waits at most its limit, then refuses the scans behind it', async () => {
    const { router, refused } = setup({ handoffMs: 300 });
    router.register({ current: (): ScanOutcome => 'leave' });
    router.scan(scan('PO-1003'));
    router.scan(scan('SCN-100'));
    await wait(10);
    expect(refused).toEqual([]);
    await vi.waitFor(() => expect(refused).toEqual([{ code: 'SCN-100', why: 'no_handler' }]), { timeout: 5000 });
    const late: string[] = [];
    router.register({ current: ({ code }) => void late.push(code) });
    await tick();
    expect(late).toEqual([]);
  });

  it('a handler that throws, before or after waiting, does not stop the queue', async () => {
    const { router } = setup();
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
    for (const c of ['SLOW', 'BAD', 'LATER', 'GOOD']) router.scan(scan(c));
    // GOOD is handled after the two throws (however slow the machine); nothing else is.
    await vi.waitFor(() => expect(seen).toContain('GOOD'));
    expect(seen).toEqual(['SLOW', 'GOOD']);
  });
});
