import { describe, expect, it } from 'vitest';
import { RestartPolicy } from '../../../electron/main/restart-policy';

describe('restarting a crashed station backend', () => {
  it('backs off, and gives up after five crashes within a minute', () => {
    const p = new RestartPolicy();
    expect([0, 1, 2, 3].map((s) => p.next(s * 1000))).toEqual([250, 1000, 2000, 5000]);
    expect(p.next(4000)).toBeNull();
  });

  it('forgets crashes older than the window', () => {
    const p = new RestartPolicy([100, 200], 3, 10_000);
    expect(p.next(0)).toBe(100);
    expect(p.next(1000)).toBe(200);
    expect(p.next(20_000)).toBe(100);
    expect(p.next(21_000)).toBe(200);
    expect(p.next(22_000)).toBeNull();
  });
});
