import { describe, expect, it } from 'vitest';
import { zplCode128Data, zplGs1DataMatrixData, zplLabels, zplText } from '../../../electron/labels/zpl';

const label = { productName: 'Handheld barcode scanner', sku: 'SCN-100', gtin: '04012345000016', serial: 'K7MX4RT9CA', lot: null, expiry: null };
const layout = { widthMm: 60, heightMm: 30, dpi: 203 as const };

describe('ZPL labels', () => {
  it('one format per label with a Code 128 of the serial and a GS1 DataMatrix of (01)+(21)', () => {
    const zpl = zplLabels([label, { ...label, serial: 'P3W9' }], layout);
    expect(zpl.match(/\^XA/g)).toHaveLength(2);
    expect(zpl.match(/\^XZ/g)).toHaveLength(2);
    expect(zpl).toContain('^BCN,');
    expect(zpl).toContain('^FDK7MX4RT9CA^FS');
    // FNC1 first (escape `_1`), then 01 + GTIN-14 + 21 + serial.
    expect(zpl).toContain('^BXN,4,200,,,,_^FD_10104012345000016' + '21K7MX4RT9CA^FS');
    expect(zpl).toContain('^PW480');
    expect(zpl).toContain('^LL240');
  });

  it('sizes the label from the printer resolution', () => {
    const zpl = zplLabels([label], { widthMm: 60, heightMm: 30, dpi: 300 });
    expect(zpl).toContain('^PW709');
    expect(zpl).toContain('^LL354');
  });

  it('a product without a GTIN gets no DataMatrix (AI 01 needs one)', () => {
    const zpl = zplLabels([{ ...label, gtin: null }], layout);
    expect(zpl).not.toContain('^BX');
    expect(zpl).toContain('^BCN,');
  });

  it('escapes what ZPL would otherwise read as commands or invocation codes', () => {
    expect(zplText('A^B~C\\D')).toBe('A\\5EB\\7EC\\5CD');
    expect(zplText('Größe')).toBe('Gr\\C3\\B6\\C3\\9Fe');
    expect(zplCode128Data('A>B')).toBe('A><B');
    expect(zplGs1DataMatrixData('04012345000016', 'A_B')).toBe('_10104012345000016' + '21A__B');
    const zpl = zplLabels([{ ...label, productName: 'Evil ^XZ name', lot: 'L1', expiry: '2026-12-31' }], layout);
    expect(zpl.match(/\^XZ/g)).toHaveLength(1);
    expect(zpl).toContain('SKU SCN-100  LOT L1  EXP 2026-12-31');
  });

  it('shortens a product name that would not fit on its one line', () => {
    const long = 'Industrial handheld barcode scanner with charging cradle and USB cable';
    const zpl = zplLabels([{ ...label, productName: long }], layout);
    const name = /\^FH\\\^FD([^^]*)\^FS/.exec(zpl)?.[1] ?? '';
    expect(name.endsWith('...')).toBe(true);
    expect(name.length).toBeLessThan(long.length);
    expect(long.startsWith(name.slice(0, -3))).toBe(true);
  });

  it('refuses serials outside GS1 CSET 82', () => {
    expect(() => zplLabels([{ ...label, serial: 'A^B' }], layout)).toThrow(/CSET 82/);
  });
});
