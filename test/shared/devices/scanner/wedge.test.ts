import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WedgeDetector, type WedgeKeyEvent, type WedgeOutput } from '../../../../shared/devices/scanner/wedge';

interface Ev extends WedgeKeyEvent {
  field: string;
}

/** Key events as a wedge scanner types them: one keydown every `gap` ms (Shift before capitals). */
function burst(text: string, start: number, gap = 8, field = 'scan', terminator = 'Enter'): Ev[] {
  const events: Ev[] = [];
  let t = start;
  for (const ch of text) {
    if (ch === '\x1d') {
      events.push({ key: ']', ctrlKey: true, timeStamp: t, field });
    } else {
      if (ch >= 'A' && ch <= 'Z') events.push({ key: 'Shift', timeStamp: t - 1, field });
      events.push({ key: ch, timeStamp: t, field });
    }
    t += gap;
  }
  events.push({ key: terminator, timeStamp: t, field });
  return events;
}

/** A person typing: gaps from a fixed list of realistic inter-key times (80–260 ms). */
function human(text: string, start: number, field = 'qty'): Ev[] {
  const gaps = [140, 95, 210, 120, 260, 85, 180];
  let t = start;
  return [...text].map((key, i) => {
    const ev = { key, timeStamp: t, field };
    t += gaps[i % gaps.length] as number;
    return ev;
  });
}

/**
 * Feeds events as a keydown handler would. `delivered` is what reaches the UI, in order: per
 * step, first the step's outputs (scans claimed, held typing released), then the event itself
 * when it was not held. `typed` is the part of it that reaches the focused field.
 */
function run(detector: WedgeDetector<Ev>, events: Ev[], end?: number) {
  const outputs: WedgeOutput<Ev>[] = [];
  const held: boolean[] = [];
  const delivered: { via: 'scan' | 'typing'; ev: Ev }[] = [];
  const take = (outs: WedgeOutput<Ev>[]) => {
    outputs.push(...outs);
    for (const o of outs) {
      if (o.kind === 'scan') delivered.push(...o.scan.events.map((ev) => ({ via: 'scan' as const, ev })));
      else delivered.push(...o.events.map((ev) => ({ via: 'typing' as const, ev })));
    }
  };
  for (const ev of events) {
    const step = detector.push(ev);
    held.push(step.held);
    take(step.outputs);
    if (!step.held) delivered.push({ via: 'typing', ev });
  }
  if (end !== undefined) take(detector.flush(end));
  const scans = outputs.flatMap((o) => (o.kind === 'scan' ? [o.scan] : []));
  const typed = delivered.filter((d) => d.via === 'typing').map((d) => d.ev);
  return { outputs, scans, typed, held, delivered: delivered.map((d) => d.ev) };
}

describe('WedgeDetector', () => {
  it('recognises a scanner burst ending in Enter and claims every key, Shift and Enter included', () => {
    const events = burst('0109501101530003\x1d21ABC123', 1000);
    const { scans, typed, held } = run(new WedgeDetector<Ev>(), events, 5000);
    expect(scans).toHaveLength(1);
    expect(scans[0]?.data).toBe('0109501101530003\x1d21ABC123');
    expect(scans[0]?.events).toEqual(events);
    expect(typed).toEqual([]);
    // The Enter is held in the same step as the scan completes, so the UI can cancel it.
    expect(held.at(-1)).toBe(true);
  });

  it('lets a person typing 12345 and Enter through, in order, as typing', () => {
    const events = [...human('12345', 0), { key: 'Enter', timeStamp: 900, field: 'qty' }];
    const { scans, typed } = run(new WedgeDetector<Ev>(), events, 5000);
    expect(scans).toEqual([]);
    expect(typed).toEqual(events);
  });

  it('separates typing in one field from a scan that arrives while another has focus', () => {
    const typing = human('42', 0, 'qty');
    const scan = burst('ABC-123', 1500, 6, 'notes');
    const { scans, typed } = run(new WedgeDetector<Ev>(), [...typing, ...scan], 9000);
    // A Shift before the first character starts no burst and passes (it types nothing).
    expect(typed).toEqual([...typing, scan[0]]);
    expect(scan[0]?.key).toBe('Shift');
    expect(scans.map((s) => s.data)).toEqual(['ABC-123']);
    expect(scans[0]?.events.every((e) => e.field === 'notes')).toBe(true);
  });

  it('a scanner that sends field Tab field Enter yields two scans', () => {
    const first = burst('SN0001', 0, 5, 'a', 'Tab');
    const second = burst('SN0002', (first.at(-1) as Ev).timeStamp + 5, 5, 'b', 'Enter');
    const { scans } = run(new WedgeDetector<Ev>(), [...first, ...second], 9000);
    expect(scans.map((s) => s.data)).toEqual(['SN0001', 'SN0002']);
  });

  it('a fast two-key roll by a person followed by a slow Enter is typing', () => {
    const events: Ev[] = [
      { key: 't', timeStamp: 0, field: 'f' },
      { key: 'h', timeStamp: 22, field: 'f' },
      { key: 'e', timeStamp: 35, field: 'f' },
      { key: 'Enter', timeStamp: 230, field: 'f' },
    ];
    const { scans, typed } = run(new WedgeDetector<Ev>(), events, 1000);
    expect(scans).toEqual([]);
    expect(typed).toEqual(events);
  });

  it('uses the max gap as an inclusive bound', () => {
    const at = (gap: number) => burst('ABCD', 0, gap);
    expect(run(new WedgeDetector<Ev>({ maxGapMs: 40 }), at(40), 9000).scans).toHaveLength(1);
    expect(run(new WedgeDetector<Ev>({ maxGapMs: 40 }), at(41), 9000).scans).toHaveLength(0);
  });

  it('needs the minimum length; a short fast burst is released before its Enter acts', () => {
    const d = new WedgeDetector<Ev>({ minLength: 3 });
    const [one, two, enter] = burst('12', 0) as [Ev, Ev, Ev];
    expect(d.push(one)).toEqual({ held: true, outputs: [] });
    expect(d.push(two)).toEqual({ held: true, outputs: [] });
    expect(d.push(enter)).toEqual({ held: false, outputs: [{ kind: 'typing', events: [one, two] }] });
    expect(run(new WedgeDetector<Ev>({ minLength: 3 }), burst('123', 0), 9000).scans).toHaveLength(1);
  });

  it('strips a configured prefix and suffix, and treats bursts without them as typing', () => {
    const d = new WedgeDetector<Ev>({ prefix: '#', suffix: '$' });
    expect(run(d, burst('#12345$', 0), 9000).scans.map((s) => s.data)).toEqual(['12345']);
    const plain = run(d, burst('12345', 10_000), 20_000);
    expect(plain.scans).toEqual([]);
    expect(plain.typed.map((e) => e.key).join('')).toBe('12345Enter');
  });

  it('turns Ctrl+] (and the GS character itself) into GS', () => {
    const events: Ev[] = [
      { key: '0', timeStamp: 0, field: 'f' },
      { key: '1', timeStamp: 5, field: 'f' },
      { key: 'Control', ctrlKey: true, timeStamp: 9, field: 'f' },
      { key: ']', ctrlKey: true, timeStamp: 10, field: 'f' },
      { key: '1', timeStamp: 15, field: 'f' },
      { key: '\x1d', timeStamp: 20, field: 'f' },
      { key: '2', timeStamp: 25, field: 'f' },
      { key: 'Enter', timeStamp: 30, field: 'f' },
    ];
    expect(run(new WedgeDetector<Ev>(), events).scans[0]?.data).toBe('01\x1d1\x1d2');
  });

  it('splits a leading AIM identifier off', () => {
    const scan = run(new WedgeDetector<Ev>(), burst(']C1SHIP0042', 0)).scans[0];
    expect(scan).toMatchObject({ symbology: ']C1', data: 'SHIP0042' });
  });

  it('an editing key or shortcut in a burst releases what was held', () => {
    const events: Ev[] = [
      { key: '1', timeStamp: 0, field: 'f' },
      { key: '2', timeStamp: 5, field: 'f' },
      { key: 'Backspace', timeStamp: 10, field: 'f' },
      { key: 'c', ctrlKey: true, timeStamp: 15, field: 'f' },
    ];
    const { typed, held } = run(new WedgeDetector<Ev>(), events);
    expect(typed).toEqual(events);
    expect(held).toEqual([true, true, false, false]);
  });

  it('releases a person\'s keystroke at the deadline', () => {
    const d = new WedgeDetector<Ev>({ maxGapMs: 40 });
    expect(d.push({ key: 'x', timeStamp: 100, field: 'f' }).held).toBe(true);
    expect(d.nextDeadline()).toBe(141);
    // A key 40 ms later would still belong to the burst, so nothing is released at 140.
    expect(d.flush(140)).toEqual([]);
    expect(d.flush(141)).toEqual([{ kind: 'typing', events: [{ key: 'x', timeStamp: 100, field: 'f' }] }]);
    expect(d.nextDeadline()).toBeNull();
  });

  it('without terminators a burst that goes quiet is a scan', () => {
    const d = new WedgeDetector<Ev>({ terminators: [] });
    const events = burst('987654', 0).slice(0, -1);
    expect(run(d, events, 1000).scans.map((s) => s.data)).toEqual(['987654']);
  });

  it('every key event reaches the UI exactly once and in order, whatever the timing', () => {
    const key = fc.constantFrom('a', 'B', '1', ']', 'Enter', 'Tab', 'Shift', 'Backspace', '\x1d');
    const event = fc.record({ key, ctrlKey: fc.boolean(), gap: fc.integer({ min: 0, max: 120 }) });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), fc.integer({ min: 5, max: 60 }), (evs, maxGapMs) => {
        let t = 0;
        const events: Ev[] = evs.map((e, i) => {
          t += e.gap;
          return { key: e.key, ctrlKey: e.ctrlKey, timeStamp: t, field: String(i) };
        });
        const d = new WedgeDetector<Ev>({ maxGapMs });
        const { delivered } = run(d, events, t + 1000);
        expect(delivered).toEqual(events);
        expect(d.holding).toBe(false);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});
