import { describe, expect, it } from 'vitest';
import type { ScaleSnapshot, TimedScaleReading } from '../../../shared/devices/scale/freshness';
import { makeReading, type ScaleStatus, type ScaleUnit } from '../../../shared/devices/scale/reading';
import { judgePackageWeight, nearZero, readingSince, readingStepGrams } from '../../../shared/workflows/package-weight';

const at = (s: number) => new Date(Date.parse('2026-03-01T10:00:00.000Z') + s * 1000).toISOString();

function scale(weight: number, receivedS: number, patch: Partial<ScaleSnapshot> = {}, status: ScaleStatus = weight === 0 ? 'zero' : 'stable', unit: ScaleUnit = 'kg'): ScaleSnapshot {
  const current: TimedScaleReading = { ...makeReading(weight, unit, status), received_at: at(receivedS), link: 'connected' };
  return { current, last: current, no_reading: null, link: 'connected', fresh_ms: 1000, zero_at: null, resolution_g: 1, error: null, ...patch };
}

const step = (startedS: number, previous: { grams: number; s: number } | null = null) => ({ started_at: at(startedS), previous: previous ? { grams: previous.grams, received_at: at(previous.s) } : null });

describe('one weight per package', () => {
  it('takes a current, stable weight read after the package step began', () => {
    expect(judgePackageWeight(scale(1.25, 10), step(5), true)).toMatchObject({ ok: true, grams: 1250, reading: { received_at: at(10) } });
  });

  it('"no reading" says why: disconnected, error, silent scale, nothing yet', () => {
    const none = (no_reading: ScaleSnapshot['no_reading'], error: string | null = null) => ({ ...scale(1.25, 10), current: null, no_reading, error });
    expect(judgePackageWeight(none('disconnected'), step(5), true)).toEqual({ ok: false, message: expect.stringContaining('not connected'), message_key: 'verdicts-shipping.weight.disconnected', params: {} });
    expect(judgePackageWeight(none('error', 'did not answer within 1000 ms'), step(5), true)).toEqual({ ok: false, message: expect.stringContaining('did not answer'), message_key: 'verdicts-shipping.weight.errorSinceWhy', params: { error: 'did not answer within 1000 ms' } });
    expect(judgePackageWeight(none('stale'), step(5), true)).toEqual({ ok: false, message: expect.stringContaining('stopped answering'), message_key: 'verdicts-shipping.weight.stale', params: {} });
    expect(judgePackageWeight(none('none_yet'), step(5), true)).toEqual({ ok: false, message: 'The scale has sent no reading yet.', message_key: 'verdicts-shipping.weight.noReading', params: {} });
  });

  it('refuses a weight read before the package step began', () => {
    expect(judgePackageWeight(scale(1.25, 4), step(5), true)).toMatchObject({ ok: false, message: expect.stringContaining('before this weighing step began') });
  });

  it('refuses motion and an empty scale as before', () => {
    expect(judgePackageWeight(scale(1.25, 10, {}, 'motion'), step(5), true)).toMatchObject({ ok: false, message: expect.stringContaining('in motion') });
    expect(judgePackageWeight(scale(0, 10), step(5), true)).toMatchObject({ ok: false, message: expect.stringContaining('reads zero') });
  });

  it('with requireWeightChange the previous package weight is refused until the scale went back to zero', () => {
    const prev = { grams: 1250, s: 3 };
    expect(judgePackageWeight(scale(1.25, 10), step(5, prev), true)).toMatchObject({ ok: false, message: expect.stringContaining('previous package') });
    expect(judgePackageWeight(scale(1.25, 10, { zero_at: at(2) }), step(5, prev), true)).toMatchObject({ ok: false }); // zero before that package
    expect(judgePackageWeight(scale(1.25, 10, { zero_at: at(6) }), step(5, prev), true)).toMatchObject({ ok: true, grams: 1250 });
    expect(judgePackageWeight(scale(1.25, 10), step(5, prev), false)).toMatchObject({ ok: true }); // option off
  });

  it('...or changed by more than one division', () => {
    const prev = { grams: 1250, s: 3 };
    expect(judgePackageWeight(scale(1.251, 10), step(5, prev), true)).toMatchObject({ ok: false }); // one division (1 g)
    expect(judgePackageWeight(scale(1.252, 10), step(5, prev), true)).toMatchObject({ ok: true, grams: 1252 });
    // Without a finer division seen, 1.26 kg shows 10 g divisions: 1250 → 1260 is one division.
    expect(judgePackageWeight(scale(1.26, 10, { resolution_g: null }), step(5, prev), true)).toMatchObject({ ok: false });
    expect(judgePackageWeight(scale(1.27, 10, { resolution_g: null }), step(5, prev), true)).toMatchObject({ ok: true });
  });

  it('readingSince is the freshness part alone (receiving weights)', () => {
    expect(readingSince(scale(0.85, 10), at(5))).toMatchObject({ ok: true, reading: { weight: 0.85 } });
    expect(readingSince(scale(0.85, 4), at(5))).toMatchObject({ ok: false });
  });

  it('near zero: at or below zero, or the centre-of-zero flag; one division from the decimals', () => {
    expect([nearZero(makeReading(0, 'kg', 'zero')), nearZero(makeReading(-0.002, 'kg', 'stable')), nearZero(makeReading(0, 'kg', 'motion'))]).toEqual([true, true, true]);
    expect([nearZero(makeReading(0.002, 'kg', 'stable')), nearZero(makeReading(0, 'kg', 'over'))]).toEqual([false, false]);
    expect([readingStepGrams(makeReading(1.234, 'kg', 'stable')), readingStepGrams(makeReading(850, 'g', 'stable')), readingStepGrams(makeReading(0.55, 'lb', 'stable'))]).toEqual([1, 1, 4.536]);
  });
});
