import type { RenderOptions } from 'bwip-js/node';
import { gs1GtinSerial } from './label-data';

/** What bwip-js (Barcode Writer in Pure PostScript) draws on a label. */

/** Code 128 of the serial itself (receiving reads it as the serial). */
export function code128Symbol(value: string): RenderOptions {
  return { bcid: 'code128', text: value };
}

/**
 * GS1 DataMatrix carrying AI (01) GTIN + AI (21) serial, written as FNC1 + element string
 * (`parsefnc`) rather than bwip-js's bracketed `(01)…(21)…` input: CSET 82 serials may contain
 * parentheses, which the bracketed syntax reads as AIs. The symbol is the same either way (FNC1
 * in first position is what makes a Data Matrix GS1). `^` is parsefnc's escape; CSET 82 has none.
 */
export function gs1DataMatrixSymbol(gtin: string, serial: string): RenderOptions {
  return { bcid: 'datamatrix', text: `^FNC1${gs1GtinSerial(gtin, serial)}`, parsefnc: true };
}
