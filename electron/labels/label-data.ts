import { translator, type Translate } from '../../shared/i18n/format';
import { firstInvalidChar } from '../../shared/barcode/charsets';

/** What one serial label shows. */
export interface LabelData {
  productName: string;
  sku: string;
  /** GTIN-14; without one the label has no GS1 DataMatrix (it needs AI 01). */
  gtin: string | null;
  serial: string;
  lot?: string | null;
  /** YYYY-MM-DD. */
  expiry?: string | null;
}

/** Serials go on labels unchanged: only GS1 CSET 82 values (what pools hold) are printable. */
export function assertPrintable(labels: readonly LabelData[]): void {
  for (const l of labels) {
    if (l.serial.length === 0 || firstInvalidChar(l.serial, 'X') >= 0) {
      throw new RangeError(`serial ${JSON.stringify(l.serial)} cannot be printed: it is not GS1 CSET 82`);
    }
  }
}

/** The GS1 element string of AI (01) + AI (21) without FNC1 (AI 21 is last: no separator needed). */
export function gs1GtinSerial(gtin: string, serial: string): string {
  return `01${gtin}21${serial}`;
}

/** `(01)…(21)…` as printed under a GS1 symbol (human-readable interpretation). */
export function gs1Hri(gtin: string, serial: string): string {
  return `(01)${gtin}(21)${serial}`;
}

/** Second line of a label, in the station's language: SKU, then lot and expiry (YYYY-MM-DD, as GS1 prints it) when present. */
export function detailLine(l: LabelData, t: Translate = translator('en')): string {
  const parts = [t('documents.label.sku', { sku: l.sku })];
  if (l.lot) parts.push(t('documents.label.lot', { lot: l.lot }));
  if (l.expiry) parts.push(t('documents.label.expiry', { expiry: l.expiry }));
  return parts.join('  ');
}
