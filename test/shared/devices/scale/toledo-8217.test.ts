import { describe, expect, it } from 'vitest';
import { decodeToledoFrame } from '../../../../shared/devices/scale/toledo-8217';

// Frames from the DIVA Service Manual §6.1.4.2 (8217 answers to W) and the status byte table
// §6.1.4.3; "\x02?D\r" is the under-zero example also used by Odoo's 8217 driver.
describe('Toledo 8217 decoder', () => {
  it('reads kg (WW.WWW) and lb (0WW.WW) weights by their decimals', () => {
    expect(decodeToledoFrame('\x0201.234\r')).toEqual({ kind: 'reading', reading: { weight: 1.234, unit: 'kg', grams: 1234, stable: true, status: 'stable' } });
    expect(decodeToledoFrame('\x02005.25\r')).toMatchObject({ reading: { weight: 5.25, unit: 'lb', grams: 2381.36 } });
  });

  it('accepts the net marker N and grams without decimal point', () => {
    expect(decodeToledoFrame('\x0201.234N\r')).toMatchObject({ reading: { weight: 1.234, unit: 'kg' } });
    expect(decodeToledoFrame('\x02001250\r')).toMatchObject({ reading: { weight: 1250, unit: 'g' } });
  });

  it('uses a configured unit when given', () => {
    expect(decodeToledoFrame('\x02012.34\r', { unit: 'kg' })).toMatchObject({ reading: { weight: 12.34, unit: 'kg' } });
  });

  it('reports zero weight as status zero', () => {
    expect(decodeToledoFrame('\x0200.000\r')).toMatchObject({ reading: { weight: 0, status: 'zero', stable: true } });
  });

  it('decodes status records: motion, over capacity, under zero, with or without parity bit', () => {
    expect(decodeToledoFrame('\x02?A\r', { fallbackUnit: 'lb' })).toMatchObject({ reading: { status: 'motion', unit: 'lb', stable: false } });
    expect(decodeToledoFrame('\x02?B\r')).toMatchObject({ reading: { status: 'over' } });
    expect(decodeToledoFrame('\x02?D\r')).toMatchObject({ reading: { status: 'under' } });
    expect(decodeToledoFrame('\x02?\xc4\r')).toMatchObject({ reading: { status: 'under' } }); // 'D' with even-parity bit 7
    expect(decodeToledoFrame('\x02?P\r')).toMatchObject({ reading: { status: 'zero', weight: 0 } }); // centre of zero
  });

  it('reads a status record after Z as the zero acknowledgement', () => {
    expect(decodeToledoFrame('\x02?P\r', { expect: 'zero' })).toMatchObject({ kind: 'ack', ack: { command: 'zero', done: true } });
    expect(decodeToledoFrame('\x02?A\r', { expect: 'zero' })).toMatchObject({ kind: 'ack', ack: { command: 'zero', done: false } });
    expect(decodeToledoFrame('\x02?@\r', { expect: 'tare' })).toMatchObject({ kind: 'ack', ack: { command: 'tare', done: true } });
  });

  it('rejects frames that break the format', () => {
    expect(decodeToledoFrame('01.234\r')).toMatchObject({ error: { code: 'malformed' } });
    expect(decodeToledoFrame('\x02\r')).toMatchObject({ error: { code: 'empty' } });
    expect(decodeToledoFrame('\x02?\x04\r')).toMatchObject({ error: { code: 'bad-status' } }); // bit 6 must be 1
    expect(decodeToledoFrame('\x02?@\r')).toMatchObject({ error: { code: 'no-weight' } }); // no reason for no weight
    expect(decodeToledoFrame('\x02?AB\r')).toMatchObject({ error: { code: 'malformed' } });
    expect(decodeToledoFrame('\x021.2345\r')).toMatchObject({ error: { code: 'unknown-unit' } });
    expect(decodeToledoFrame('\x02ab.cd\r')).toMatchObject({ error: { code: 'malformed' } });
  });

  it('reads a status byte of 0x00 as "no flags", not as a broken frame', () => {
    expect(decodeToledoFrame('\x02?\x00\r')).toMatchObject({ kind: 'error', error: { code: 'no-weight' } });
    expect(decodeToledoFrame('\x02?\x00\r', { expect: 'tare' })).toMatchObject({ kind: 'ack', ack: { command: 'tare', done: true } });
    expect(decodeToledoFrame('\x02?\x00\r', { expect: 'zero' })).toMatchObject({ kind: 'ack', ack: { command: 'zero', done: false } });
  });

  it('a kg indicator at 10 g resolution sends two decimals: the configured unit, not a guess, decides', () => {
    expect(decodeToledoFrame('\x0212.34\r')).toMatchObject({ reading: { unit: 'lb' } }); // the guess from the decimals
    expect(decodeToledoFrame('\x0212.34\r', { unit: 'kg' })).toMatchObject({ reading: { weight: 12.34, unit: 'kg', grams: 12340 } });
  });
});
