// decodeScan: one raw scan (as a scanner transmits it) → a typed result or a specific error.
import { isControlChar } from './charsets';
import { looksLikeDigitalLink, parseDigitalLink } from './digital-link';
import { GS, parseElementString, type ElementsResult } from './element-string';
import { decodeEanUpc, decodeItf14 } from './ean-upc';
import { decodeError, showChar, type DecodeError } from './errors';
import { fail, gs1Result, plainResult, type Gs1Checks, type ScanDecode } from './gs1-result';
import { looksLikeHri, parseHri } from './hri';
import { DIGITAL_LINK_SYMBOLOGIES, EAN_UPC_SYMBOLOGIES, GS1_SYMBOLOGIES, ITF_CHECKED_SYMBOLOGY, splitSymbology } from './symbology';
import type { Locate } from './validate-value';

export type { ScanDecode } from './gs1-result';

export interface DecodeOptions {
  /** Strings a keyboard-wedge scanner sends instead of GS for FNC1, e.g. "<GS>", "^]", "~". */
  fnc1Substitutes?: readonly string[];
  /** Longest raw scan accepted (characters); default 4096. */
  maxLength?: number;
  /** Year two-digit GS1 years are read against (§7.12); default: the current UTC year. */
  referenceYear?: number;
  /**
   * Missing mandatory associations (an AI without its required partner, e.g. (21) without (01))
   * are errors `missing_association` instead of warnings. Default false: GS1 judges them over
   * all barcodes on an item (the station option `barcodes.enforceAssociations`).
   */
  enforceAssociations?: boolean;
}

export const DEFAULT_MAX_SCAN_LENGTH = 4096;

function firstControlChar(data: string, allowGs: boolean): number {
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (isControlChar(c) && !(allowGs && c === 0x1d)) return i;
  }
  return -1;
}

function controlCharError(data: string, at: number, locate: Locate): DecodeError {
  return decodeError('control_character', `control character ${showChar(data.charAt(at))} is not allowed here`, locate(at));
}

/** Replaces the substitutes by GS; `source[i]` is the index in `data` of output character i (null: unchanged). */
function applySubstitutes(data: string, substitutes: readonly string[] | undefined): { text: string; source: number[] | null } {
  // Longest first, so "<GS>" is replaced before a shorter substitute inside it.
  const ordered = (substitutes ?? []).filter((s) => s.length > 0 && data.includes(s)).sort((a, b) => b.length - a.length);
  if (ordered.length === 0) return { text: data, source: null };
  let text = '';
  const source: number[] = [];
  for (let i = 0; i < data.length; ) {
    const sub = ordered.find((s) => data.startsWith(s, i));
    source.push(i);
    text += sub ? GS : data.charAt(i);
    i += sub ? sub.length : 1;
  }
  source.push(data.length);
  return { text, source };
}

function gs1Parse(data: string, opts: DecodeOptions, checks: Gs1Checks, locate: Locate): ElementsResult {
  if (looksLikeHri(data)) return parseHri(data, checks, locate);
  const { text, source } = applySubstitutes(data, opts.fnc1Substitutes);
  const at: Locate = source ? (i) => locate(source[i] ?? data.length) : locate;
  const bad = firstControlChar(text, true);
  if (bad >= 0) return { ok: false, error: controlCharError(text, bad, at) };
  return parseElementString(text, checks, { locate: at });
}

function fromElements(symbology: string | null, parsed: ElementsResult, checks: Gs1Checks): ScanDecode {
  return parsed.ok ? gs1Result(symbology, parsed.elements, parsed.positions, checks) : fail(parsed.error);
}

/** Starts (after any leading FNC1/GS) with AI (00), (01) or (02). */
function startsWithKeyAi(data: string): boolean {
  let i = 0;
  while (data.charCodeAt(i) === 0x1d) i++;
  return data.charCodeAt(i) === 48 && data.charCodeAt(i + 1) >= 48 && data.charCodeAt(i + 1) <= 50;
}

/**
 * Decodes one raw scan. With a GS1 symbology identifier (]C1 ]e0 ]d2 ]Q3 ]J1) or in the
 * "(01)..." human-readable form the data must be valid GS1; ]E0/]E3/]E4 carry a GTIN, and so
 * does ITF-14 (]I1 with 14 digits). A GS1 Digital Link URI (an http(s) URI with a primary key
 * such as /01/… in its path), under ]Q1 ]d1 ]J0 or without identifier, gives the same elements
 * as the element string. Other identifiers pass the data through as a plain code. Without an
 * identifier, data is GS1 only when it parses completely and starts with AI (00), (01) or
 * (02). Errors carry the 1-based position of the offending character where one is at fault.
 * Never throws.
 */
export function decodeScan(raw: string, opts: DecodeOptions = {}): ScanDecode {
  if (typeof raw !== 'string' || raw.length === 0) return fail(decodeError('empty', 'the scan is empty'));
  const maxLength = opts.maxLength ?? DEFAULT_MAX_SCAN_LENGTH;
  if (raw.length > maxLength) {
    return fail(decodeError('too_long', `the scan is ${raw.length} characters long; at most ${maxLength} are accepted`));
  }
  const { symbology, data } = splitSymbology(raw);
  if (data.length === 0) return fail(decodeError('empty', `the scan has symbology identifier ${symbology} but no data`));
  const offset = raw.length - data.length;
  const locate: Locate = (i) => offset + i + 1;
  const checks: Gs1Checks = {
    referenceYear: opts.referenceYear ?? new Date().getUTCFullYear(),
    enforceAssociations: opts.enforceAssociations ?? false,
  };

  if (symbology !== null && GS1_SYMBOLOGIES.has(symbology)) return fromElements(symbology, gs1Parse(data, opts, checks, locate), checks);
  if ((symbology === null || DIGITAL_LINK_SYMBOLOGIES.has(symbology)) && looksLikeDigitalLink(data)) {
    const bad = firstControlChar(data, false);
    if (bad >= 0) return fail(controlCharError(data, bad, locate));
    return fromElements(symbology, parseDigitalLink(data, checks, locate) as ElementsResult, checks);
  }
  if (symbology !== null && EAN_UPC_SYMBOLOGIES.has(symbology)) {
    const ean = decodeEanUpc(symbology, data, offset);
    return ean.ok ? plainResult(symbology, data, ean.gtin) : fail(ean.error);
  }
  const itf = symbology === ITF_CHECKED_SYMBOLOGY ? decodeItf14(data, offset) : null;
  if (itf) return itf.ok ? plainResult(symbology, data, itf.gtin) : fail(itf.error);
  if (symbology === null && looksLikeHri(data)) return fromElements(null, parseHri(data, checks, locate), checks);
  if (symbology === null && startsWithKeyAi(data)) {
    const parsed = gs1Parse(data, opts, checks, locate);
    if (parsed.ok) return fromElements(null, parsed, checks);
    // A GS byte means the scanner sent GS1 data without its identifier: the GS1 error is
    // more useful than "control character".
    if (data.includes(GS)) return fail(parsed.error);
  }
  const bad = firstControlChar(data, false);
  if (bad >= 0) return fail(controlCharError(data, bad, locate));
  return plainResult(symbology, data);
}
