import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScaleSnapshot } from '../../../shared/devices/scale/freshness';
import { makeReading } from '../../../shared/devices/scale/reading';
import { ScaleTracker } from '../../../electron/devices/scale-tracker';

// Fake timers: the tracker's own clock (Date.now) and its staleness timer move only when told.
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.parse('2026-03-01T10:00:00.000Z'));
});
afterEach(() => vi.useRealTimers());

function rig(freshMs = 1000) {
  const seen: ScaleSnapshot[] = [];
  const tracker = new ScaleTracker((s) => seen.push(s));
  tracker.reset(freshMs, 'connecting');
  tracker.link('connected');
  return { tracker, seen, last: () => seen[seen.length - 1] as ScaleSnapshot };
}

describe('the station scale tracker', () => {
  it('publishes each reading as current with its time and the link', () => {
    const { tracker, last } = rig();
    tracker.reading(makeReading(1.25, 'kg', 'stable'), false);
    expect(last().current).toMatchObject({ weight: 1.25, received_at: '2026-03-01T10:00:00.000Z', link: 'connected' });
  });

  it('publishes "no reading" by itself when no newer frame came within the limit', () => {
    const { tracker, last, seen } = rig(1000);
    tracker.reading(makeReading(1.25, 'kg', 'stable'), false);
    const before = seen.length;
    vi.advanceTimersByTime(999);
    expect(seen.length).toBe(before);
    vi.advanceTimersByTime(10);
    expect(last()).toMatchObject({ current: null, no_reading: 'stale', last: { weight: 1.25 } });
  });

  it('a newer reading keeps it current; the link going down or an error ends it at once', () => {
    const { tracker, last } = rig(1000);
    tracker.reading(makeReading(1.25, 'kg', 'stable'), false);
    vi.advanceTimersByTime(800);
    tracker.reading(makeReading(1.25, 'kg', 'stable'), false);
    vi.advanceTimersByTime(800);
    expect(last().current).not.toBeNull();
    tracker.error('MT-SICS scale on /dev/x did not answer within 1000 ms');
    expect(last()).toMatchObject({ current: null, no_reading: 'error', error: expect.stringContaining('did not answer') });
    tracker.reading(makeReading(1.3, 'kg', 'stable'), false);
    expect(last().current).toMatchObject({ weight: 1.3 });
    tracker.link('disconnected');
    expect(last()).toMatchObject({ current: null, no_reading: 'disconnected', link: 'disconnected' });
  });

  it('remembers when the scale read zero, and the finest division it showed', () => {
    const { tracker, last } = rig();
    tracker.reading(makeReading(1.25, 'kg', 'stable'), false);
    expect(last()).toMatchObject({ zero_at: null, resolution_g: 10 });
    vi.advanceTimersByTime(100);
    tracker.reading(makeReading(0, 'kg', 'zero'), false);
    expect(last().zero_at).toBe('2026-03-01T10:00:00.100Z');
    tracker.reading(makeReading(1.234, 'kg', 'stable'), false);
    expect(last().resolution_g).toBe(1);
  });

  it('a scale that reports only after going back to zero (Adam) counts each new report as after a zero', () => {
    const { tracker, last } = rig(10_000);
    tracker.reading(makeReading(1.25, 'kg', 'stable'), true);
    expect(last().zero_at).toBeNull(); // the first report says nothing about before
    vi.advanceTimersByTime(3000);
    tracker.reading(makeReading(1.25, 'kg', 'stable'), true);
    expect(last().zero_at).toBe('2026-03-01T10:00:02.999Z');
  });

  it('a new scale forgets the old one', () => {
    const { tracker, last } = rig();
    tracker.reading(makeReading(1.25, 'kg', 'stable'), false);
    tracker.reset(1000, 'disconnected');
    expect(last()).toMatchObject({ current: null, last: null, no_reading: 'none_yet', zero_at: null });
  });
});
