import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileContinuousPattern, decodeContinuousLine, DEFAULT_CONTINUOUS_PATTERN } from '../../../../shared/devices/scale/continuous';
import type { DecodedScaleFrame } from '../../../../shared/devices/scale/decoded-frame';
import { decodeHidScaleReport, encodeHidScaleReport } from '../../../../shared/devices/scale/hid-report';
import { decodeMtSicsLine } from '../../../../shared/devices/scale/mt-sics';
import { decodeNciFrame } from '../../../../shared/devices/scale/nci';
import { SCALE_UNITS, type ScaleStatus } from '../../../../shared/devices/scale/reading';
import { decodeToledoFrame } from '../../../../shared/devices/scale/toledo-8217';
import { decodeAdamLine } from '../../../../shared/devices/scale/adam';
import { decodeAndLine } from '../../../../shared/devices/scale/and-polled';
import { autoContinuousParser } from '../../../../shared/devices/scale/continuous';
import { decodeKernLine } from '../../../../shared/devices/scale/kern';
import { decodeSmaFrame } from '../../../../shared/devices/scale/sma';

// Bounded by default; FUZZ_RUNS=100000 for a long run.
const numRuns = Number(process.env.FUZZ_RUNS ?? 500);
const latin1 = fc.uint8Array({ maxLength: 64 }).map((b) => String.fromCharCode(...b));
const parser = compileContinuousPattern(DEFAULT_CONTINUOUS_PATTERN, 'kg');

/** A decoder's answer is always one of the three kinds, and a reading is internally consistent. */
function wellFormed(r: DecodedScaleFrame): boolean {
  if (r.kind === 'error') return r.error.code.length > 0 && r.error.message.length > 0;
  if (r.kind === 'ack') return typeof r.ack.done === 'boolean';
  const { weight, grams, stable, status } = r.reading;
  return Number.isFinite(weight) && Number.isFinite(grams) && stable === (status === 'stable' || status === 'zero');
}

describe('scale decoders under fuzzing', () => {
  it('never throw on arbitrary bytes and answer with a specific result', () => {
    if (!parser.ok) throw new Error('default pattern must compile');
    fc.assert(
      fc.property(latin1, (s) => {
        const others = [decodeAdamLine(s), decodeSmaFrame(s), decodeAndLine(s), decodeKernLine(s), decodeContinuousLine(s, autoContinuousParser('kg'))];
        for (const r of [decodeMtSicsLine(s), decodeToledoFrame(s), decodeNciFrame(s), decodeContinuousLine(s, parser.parser), ...others]) {
          expect(wellFormed(r)).toBe(true);
        }
      }),
      { numRuns },
    );
  });

  it('never throw on frames that look almost right', () => {
    const body = fc.string({ maxLength: 20 });
    fc.assert(
      fc.property(body, fc.constantFrom('S S ', 'S D ', 'Z ', 'T S ', ''), (b, prefix) => {
        expect(wellFormed(decodeMtSicsLine(`${prefix}${b}\r\n`))).toBe(true);
        expect(wellFormed(decodeToledoFrame(`\x02${b}\r`))).toBe(true);
        expect(wellFormed(decodeNciFrame(`\n${b}\r\n${b}\r\x03`))).toBe(true);
        expect(wellFormed(decodeSmaFrame(`\n${b.padEnd(18).slice(0, 18)}\r`))).toBe(true);
        expect(wellFormed(decodeAndLine(`ST,${b}\r\n`))).toBe(true);
        expect(wellFormed(decodeKernLine(` ${b}\r\n`))).toBe(true);
        expect(wellFormed(decodeAdamLine(`${b} kg\r\n`))).toBe(true);
      }),
      { numRuns },
    );
  });

  it('decode any HID report without throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 10 }), (bytes) => {
        expect(wellFormed(decodeHidScaleReport(bytes))).toBe(true);
      }),
      { numRuns },
    );
  });

  it('read back every weight the HID encoder can express', () => {
    const status = fc.constantFrom<ScaleStatus>('stable', 'motion', 'over', 'zero');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: -4, max: 0 }), fc.constantFrom(...SCALE_UNITS), status, (raw, exp, unit, s) => {
        const weight = raw / 10 ** -exp;
        const r = decodeHidScaleReport(encodeHidScaleReport(weight, unit, s, exp));
        expect(r).toMatchObject({ kind: 'reading', reading: { weight, unit, status: s } });
      }),
      { numRuns },
    );
  });
});
