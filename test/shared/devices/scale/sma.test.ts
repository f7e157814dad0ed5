import { describe, expect, it } from 'vitest';
import { decodeSmaFrame } from '../../../../shared/devices/scale/sma';

// The 20-character standard response <LF><s><r><n><m><f><10 weight><3 unit><CR>, with the
// examples of the SMA appendix (Sartorius PR 5211 §5.4.1): "_1G__    5.025lb_", zero "Z1G__     0.000lb_".
const frame = (s: string, r: string, n: string, m: string, weight: string, unit: string) => `\n${s}${r}${n}${m} ${weight.padStart(10)}${unit.padEnd(3)}\r`;

describe('SMA SCP-01 decoder', () => {
  it('reads the manual examples: gross pounds, zero, kilograms', () => {
    expect(decodeSmaFrame('\n 1G       5.025lb \r')).toEqual({ kind: 'reading', reading: { weight: 5.025, unit: 'lb', grams: 2279.302, stable: true, status: 'stable' } });
    expect(decodeSmaFrame('\nZ1G       0.000lb \r')).toMatchObject({ reading: { weight: 0, status: 'zero' } });
    expect(decodeSmaFrame(frame(' ', '1', 'N', ' ', '7.650', 'kg'))).toMatchObject({ reading: { weight: 7.65, unit: 'kg', status: 'stable' } });
  });

  it('reads motion, over and under capacity, and the error states with dashes', () => {
    expect(decodeSmaFrame(frame(' ', '1', 'G', 'M', '7.025', 'kg'))).toMatchObject({ reading: { status: 'motion', stable: false } });
    expect(decodeSmaFrame(frame('O', '1', 'G', ' ', '99.99', 'kg'))).toMatchObject({ reading: { status: 'over', weight: 99.99 } });
    expect(decodeSmaFrame(frame('U', '1', 'G', ' ', '-0.10', 'kg'))).toMatchObject({ reading: { status: 'under', weight: -0.1 } });
    expect(decodeSmaFrame(frame('E', '1', 'G', ' ', '----------', 'kg'))).toMatchObject({ reading: { status: 'error', weight: 0 } });
    expect(decodeSmaFrame(frame('O', '1', 'G', ' ', '^^^^^^^^^^', 'lb'))).toMatchObject({ reading: { status: 'over', weight: 0, unit: 'lb' } });
  });

  it('keeps a sign that stands apart from its digits, and ignores parity bits', () => {
    expect(decodeSmaFrame(frame(' ', '1', 'N', ' ', '-    1.234', 'kg'))).toMatchObject({ reading: { weight: -1.234 } });
    const withParity = [...frame(' ', '1', 'G', ' ', '1.5', 'kg')].map((c) => String.fromCharCode(c.charCodeAt(0) | 0x80)).join('');
    expect(decodeSmaFrame(withParity)).toMatchObject({ reading: { weight: 1.5, unit: 'kg' } });
  });

  it('answers zero and tare with acknowledgements', () => {
    expect(decodeSmaFrame(frame('Z', '1', 'G', ' ', '0.000', 'kg'), { expect: 'zero' })).toMatchObject({ kind: 'ack', ack: { command: 'zero', done: true } });
    expect(decodeSmaFrame(frame(' ', '1', 'G', 'M', '0.200', 'kg'), { expect: 'zero' })).toMatchObject({ ack: { done: false, message: expect.stringContaining('motion') } });
    expect(decodeSmaFrame(frame(' ', '1', 'N', ' ', '0.000', 'kg'), { expect: 'tare' })).toMatchObject({ ack: { command: 'tare', done: true } });
    expect(decodeSmaFrame(frame('T', '1', 'G', ' ', '----------', 'kg'), { expect: 'tare' })).toMatchObject({ ack: { done: false, message: expect.stringContaining('tare error') } });
  });

  it('reports unknown commands, garbled commands and broken frames', () => {
    expect(decodeSmaFrame('\n?\r')).toMatchObject({ error: { code: 'command-error', message: expect.stringContaining('did not recognise') } });
    expect(decodeSmaFrame('\n!\r')).toMatchObject({ error: { code: 'command-error', message: expect.stringContaining('garbled') } });
    expect(decodeSmaFrame(' 1G      5.025lb \r')).toMatchObject({ error: { code: 'malformed' } });
    expect(decodeSmaFrame('\n 1G   5.025lb\r')).toMatchObject({ error: { code: 'malformed' } });
    expect(decodeSmaFrame(frame('X', '1', 'G', ' ', '1', 'kg'))).toMatchObject({ error: { code: 'bad-status' } });
    expect(decodeSmaFrame(frame(' ', '1', 'G', ' ', '1', 'st'))).toMatchObject({ error: { code: 'unknown-unit' } });
    expect(decodeSmaFrame(frame(' ', '1', 'G', ' ', 'abc', 'kg'))).toMatchObject({ error: { code: 'bad-number' } });
  });
});
