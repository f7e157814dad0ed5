import { describe, expect, it } from 'vitest';
import {
  decimalValue,
  encodeElementString,
  findInvalidPair,
  findMissingAssociations,
  formatHri,
  splitSymbology,
} from '../../../shared/barcode';

const GS = '\x1d';

describe('encodeElementString / formatHri', () => {
  const elements = [
    { ai: '01', value: '09501101530003' },
    { ai: '10', value: 'AB-12' },
    { ai: '17', value: '250630' },
    { ai: '21', value: 'S1' },
  ];

  it('puts FNC1 only after variable-length AIs that are not last', () => {
    expect(encodeElementString(elements)).toBe('0109501101530003' + '10AB-12' + GS + '17250630' + '21S1');
    expect(encodeElementString(elements, '<GS>')).toBe('010950110153000310AB-12<GS>1725063021S1');
  });

  it('writes the human-readable form', () => {
    expect(formatHri(elements)).toBe('(01)09501101530003(10)AB-12(17)250630(21)S1');
  });
});

describe('decimalValue', () => {
  it('places the decimal point from the last digit of decimal AIs', () => {
    expect(decimalValue('3103', '000189')).toBe(0.189); // net weight 0.189 kg
    expect(decimalValue('3100', '000189')).toBe(189);
    expect(decimalValue('3922', '1299')).toBe(12.99);
    expect(decimalValue('3932', '9781299')).toBe(12.99); // currency 978 (EUR) skipped
    expect(decimalValue('17', '250630')).toBeNull();
  });
});

describe('AI associations', () => {
  it('finds AIs that must not be together', () => {
    expect(findInvalidPair([{ ai: '01', value: '' }, { ai: '37', value: '' }])?.code).toBe('invalid_pair');
    expect(findInvalidPair([{ ai: '01', value: '' }, { ai: '10', value: '' }])).toBeNull();
  });

  it('lists missing mandatory associations without rejecting (labels split data over barcodes)', () => {
    expect(findMissingAssociations([{ ai: '21', value: 'S' }])).toEqual([
      { code: 'missing_association', message: 'AI (21) SERIAL needs one of (01), (03), (8006) in the same data', ai: '21', requires: ['01', '03', '8006'] },
    ]);
    expect(findMissingAssociations([{ ai: '01', value: '' }, { ai: '21', value: 'S' }])).toEqual([]);
    expect(findMissingAssociations([{ ai: '7258', value: '1/2' }, { ai: '8018', value: '' }]).map((w) => w.message)).toEqual([
      'AI (7258) BIRTH SEQUENCE needs (8018)+(7259) in the same data',
    ]);
  });
});

describe('splitSymbology', () => {
  it('takes "]" + symbology letter + modifier as the AIM identifier', () => {
    expect(splitSymbology(']d2010950')).toEqual({ symbology: ']d2', data: '010950' });
    expect(splitSymbology(']zC123')).toEqual({ symbology: ']zC', data: '123' });
    expect(splitSymbology(']12')).toEqual({ symbology: null, data: ']12' });
    expect(splitSymbology('ABC')).toEqual({ symbology: null, data: 'ABC' });
  });
});
