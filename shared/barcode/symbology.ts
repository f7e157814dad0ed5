// AIM symbology identifiers (ISO/IEC 15424): "]" + symbology code character + modifier
// character, prefixed to the data by scanners configured to transmit them.

/** Identifiers that announce GS1 AI data (General Specifications §5.1.2 / §5.4): GS1-128,
 * GS1 DataBar, GS1 DataMatrix (FNC1 in first position), GS1 QR Code, GS1 DotCode. */
export const GS1_SYMBOLOGIES: ReadonlySet<string> = new Set([']C1', ']e0', ']d2', ']Q3', ']J1']);

/** EAN/UPC: ]E0 = EAN-13, UPC-A or UPC-E; ]E3 = EAN-13/UPC-A/UPC-E with add-on; ]E4 = EAN-8. */
export const EAN_UPC_SYMBOLOGIES: ReadonlySet<string> = new Set([']E0', ']E3', ']E4']);

/** Identifiers under which a GS1 Digital Link URI arrives: QR Code, Data Matrix and DotCode
 * in their plain (non-GS1) mode. Without an identifier a URI is recognised by its form. */
export const DIGITAL_LINK_SYMBOLOGIES: ReadonlySet<string> = new Set([']Q1', ']d1', ']J0']);

/** Interleaved 2 of 5 with a verified check digit: ITF-14 carries a GTIN. */
export const ITF_CHECKED_SYMBOLOGY = ']I1';

const AIM_ID = /^\][A-Za-z][0-9A-Za-z]/;

export function splitSymbology(raw: string): { symbology: string | null; data: string } {
  if (AIM_ID.test(raw)) return { symbology: raw.slice(0, 3), data: raw.slice(3) };
  return { symbology: null, data: raw };
}
