import { describe, expect, it } from 'vitest';
import { emptyTrack, freshForMs, scaleSnapshot, staleAt, type ScaleTrack } from '../../../../shared/devices/scale/freshness';
import { makeReading } from '../../../../shared/devices/scale/reading';

const T0 = Date.parse('2026-03-01T10:00:00.000Z');
const kg = makeReading(1.25, 'kg', 'stable');

function track(patch: Partial<ScaleTrack> = {}): ScaleTrack {
  return { ...emptyTrack(1000, 'connected'), last: { reading: kg, at: T0 }, ...patch };
}

describe('scale freshness', () => {
  it('a reading is current while the link is up, nothing failed since, and it is recent', () => {
    const s = scaleSnapshot(track(), T0 + 1000);
    expect(s.current).toEqual({ ...kg, received_at: '2026-03-01T10:00:00.000Z', link: 'connected' });
    expect(s.no_reading).toBeNull();
    expect(s.last).toEqual(s.current);
  });

  it('"no reading" once it is older than the limit, keeping the last reading for its age', () => {
    const s = scaleSnapshot(track(), T0 + 1001);
    expect(s).toMatchObject({ current: null, no_reading: 'stale', last: { weight: 1.25, received_at: '2026-03-01T10:00:00.000Z' } });
  });

  it('"no reading" while the link is down or connecting, whatever the age', () => {
    expect(scaleSnapshot(track({ link: 'disconnected' }), T0)).toMatchObject({ current: null, no_reading: 'disconnected', last: { link: 'disconnected' } });
    expect(scaleSnapshot(track({ link: 'connecting' }), T0)).toMatchObject({ current: null, no_reading: 'disconnected' });
  });

  it('"no reading" after an error, until the next reading', () => {
    const failed = track({ error: { at: T0 + 10, message: 'MT-SICS scale on /dev/x did not answer within 1000 ms' } });
    expect(scaleSnapshot(failed, T0 + 20)).toMatchObject({ current: null, no_reading: 'error', error: expect.stringContaining('did not answer') });
    const recovered = { ...failed, last: { reading: kg, at: T0 + 30 } };
    expect(scaleSnapshot(recovered, T0 + 40)).toMatchObject({ current: { weight: 1.25 }, error: null });
  });

  it('nothing received yet', () => {
    expect(scaleSnapshot(emptyTrack(1000, 'connected'), T0)).toMatchObject({ current: null, last: null, no_reading: 'none_yet' });
  });

  it('limits: max(3 × poll interval, 1 s) when polled, 1 s for continuous output, 3 s for HID, 10 s for Adam', () => {
    expect(freshForMs({ protocol: 'mt-sics', path: '/dev/x', pollMs: 200 })).toBe(1000);
    expect(freshForMs({ protocol: 'nci', path: '/dev/x', pollMs: 500 })).toBe(1500);
    expect(freshForMs({ protocol: 'sma', path: '/dev/x' })).toBe(1000);
    expect(freshForMs({ protocol: 'continuous', path: '/dev/x', pollMs: 5000 })).toBe(1000);
    expect(freshForMs({ protocol: 'hid' })).toBe(3000);
    expect(freshForMs({ protocol: 'simulator', pollMs: 600 })).toBe(1800);
    expect(freshForMs({ protocol: 'adam', path: '/dev/x' })).toBe(10_000);
  });

  it('tells when the current reading will go stale, so the station can say so', () => {
    expect(staleAt(track(), T0)).toBe(T0 + 1001);
    expect(staleAt(track(), T0 + 2000)).toBeNull();
    expect(staleAt(track({ link: 'disconnected' }), T0)).toBeNull();
  });
});
