import { describe, expect, it } from 'vitest';
import { decodeNciFrame, parseNciStatus } from '../../../../shared/devices/scale/nci';

// Frames per NCI SCP-01 (<LF>xxxx.xxuu<CR><LF>hh<CR><ETX>), the DIVA "NCI – ECR" variant with
// 'S'-prefixed status, and the weight fields exercised by java-nci's tests.
describe('NCI decoder', () => {
  it('decodes weight, unit and a stable status', () => {
    expect(decodeNciFrame('\n0001.23LB\r\n00\r\x03')).toEqual({
      kind: 'reading',
      reading: { weight: 1.23, unit: 'lb', grams: 557.919, stable: true, status: 'stable' },
    });
    expect(decodeNciFrame('\n01.234KG\r\nS00\r\x03')).toMatchObject({ reading: { weight: 1.234, unit: 'kg' } });
    expect(decodeNciFrame('\n 100 g \r\n00\r\x03')).toMatchObject({ reading: { weight: 100, unit: 'g' } });
    expect(decodeNciFrame('\n-100kg\r\n00\r\x03')).toMatchObject({ reading: { weight: -100, unit: 'kg' } });
  });

  it('decodes lb-oz weights into pounds', () => {
    expect(decodeNciFrame('\n1lb 8.0oz\r\n00\r\x03')).toMatchObject({ reading: { weight: 1.5, unit: 'lb' } });
  });

  it('reads the status bits: motion, at zero, under and over capacity, faults', () => {
    expect(decodeNciFrame('\n0001.23LB\r\n10\r\x03')).toMatchObject({ reading: { status: 'motion', stable: false } });
    expect(decodeNciFrame('\n0000.00LB\r\n20\r\x03')).toMatchObject({ reading: { status: 'zero', stable: true } });
    expect(decodeNciFrame('\n01\r\x03', { fallbackUnit: 'lb' })).toMatchObject({ reading: { status: 'under', weight: 0, unit: 'lb' } });
    expect(decodeNciFrame('\n02\r\x03')).toMatchObject({ reading: { status: 'over' } });
    expect(decodeNciFrame('\n^^^^^^LB\r\n02\r\x03')).toMatchObject({ reading: { status: 'over', unit: 'lb' } });
    expect(decodeNciFrame('\n48\r\x03')).toMatchObject({ reading: { status: 'error' } }); // EEPROM error + faulty calibration
    expect(parseNciStatus('01\x38')).toMatchObject({ under: true, fault: true }); // byte 3 bit 3: initial zero error
  });

  it('reads a status-only answer after Z as the zero acknowledgement', () => {
    expect(decodeNciFrame('\n20\r\x03', { expect: 'zero' })).toMatchObject({ kind: 'ack', ack: { command: 'zero', done: true } });
    expect(decodeNciFrame('\n10\r\x03', { expect: 'zero' })).toMatchObject({ kind: 'ack', ack: { done: false } });
  });

  it('reports an unrecognised command', () => {
    expect(decodeNciFrame('\n?\r\x03')).toMatchObject({ kind: 'error', error: { code: 'command-error' } });
  });

  it('rejects frames that break the format', () => {
    expect(decodeNciFrame('0001.23LB\r\n00\r\x03')).toMatchObject({ error: { code: 'malformed' } });
    expect(decodeNciFrame('\n0001.23LB\r\n00\r')).toMatchObject({ error: { code: 'malformed' } });
    expect(decodeNciFrame('\n0001.23LB\r\n0\r\x03')).toMatchObject({ error: { code: 'bad-status' } });
    expect(decodeNciFrame('\n0001.23LB\r\nAB\r\x03')).toMatchObject({ error: { code: 'bad-status' } });
    expect(decodeNciFrame('\n00\r\x03')).toMatchObject({ error: { code: 'no-weight' } }); // no reason for no weight
    expect(decodeNciFrame('\n1.2ST\r\n00\r\x03')).toMatchObject({ error: { code: 'unknown-unit' } });
    expect(decodeNciFrame('\n1.2.3LB\r\n00\r\x03')).toMatchObject({ error: { code: 'bad-number' } });
    expect(decodeNciFrame('\na\r\nb\r\nc\r\x03')).toMatchObject({ error: { code: 'malformed' } });
  });
});
