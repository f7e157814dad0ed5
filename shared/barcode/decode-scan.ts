// decodeScan: one raw scan (as a scanner transmits it) → a typed result or a specific error.
import { findInvalidPair } from './associations';
import { isControlChar } from './charsets';
import { yymmddToIso } from './dates';
import { GS, parseElementString, type ElementsResult, type Gs1Element } from './element-string';
import { decodeEanUpc } from './ean-upc';
import { decodeError, showChar, type DecodeError } from './errors';
import { looksLikeHri, parseHri } from './hri';
import type { LintContext } from './linters';
import { EAN_UPC_SYMBOLOGIES, GS1_SYMBOLOGIES, splitSymbology } from './symbology';

export interface DecodeOptions {
  /** Strings a keyboard-wedge scanner sends instead of GS for FNC1, e.g. "<GS>", "^]", "~". */
  fnc1Substitutes?: readonly string[];
  /** Longest raw scan accepted (characters); default 4096. */
  maxLength?: number;
  /** Year two-digit GS1 years are read against (§7.12); default: the current UTC year. */
  referenceYear?: number;
}

export type ScanDecode =
  | {
      ok: true;
      symbology: string | null;
      gs1: boolean;
      /** GS1 element strings in scan order (identical repeats dropped); [] when not GS1. */
      elements: Gs1Element[];
      /** GTIN-14: AI (01), or the GTIN of an EAN/UPC symbol. */
      gtin: string | null;
      serial: string | null;
      batch: string | null;
      /** ISO date from AI (17); DD=00 becomes the last day of the month. */
      expiry: string | null;
      /** The plain value when the scan is not GS1 data, else null. */
      code: string | null;
    }
  | { ok: false; error: DecodeError };

export const DEFAULT_MAX_SCAN_LENGTH = 4096;

const fail = (error: DecodeError): ScanDecode => ({ ok: false, error });

function firstControlChar(data: string, allowGs: boolean): number {
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (isControlChar(c) && !(allowGs && c === 0x1d)) return i;
  }
  return -1;
}

function controlCharError(data: string, at: number): DecodeError {
  return decodeError(
    'control_character',
    `control character ${showChar(data.charAt(at))} at position ${at + 1} is not allowed here`,
  );
}

function applySubstitutes(data: string, substitutes: readonly string[] | undefined): string {
  if (!substitutes || substitutes.length === 0) return data;
  // Longest first, so "<GS>" is replaced before a shorter substitute inside it.
  const ordered = substitutes.filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
  let out = data;
  for (const sub of ordered) if (out.includes(sub)) out = out.split(sub).join(GS);
  return out;
}

/** Drops identical repeats; a repeated AI with another value is an error. */
function dedupe(elements: Gs1Element[]): { elements: Gs1Element[]; error: DecodeError | null } {
  const seen = new Map<string, string>();
  const out: Gs1Element[] = [];
  for (const el of elements) {
    const before = seen.get(el.ai);
    if (before === undefined) {
      seen.set(el.ai, el.value);
      out.push(el);
    } else if (before !== el.value) {
      return {
        elements: out,
        error: decodeError('duplicate_ai', `AI (${el.ai}) appears twice with different values: "${before}" and "${el.value}"`),
      };
    }
  }
  return { elements: out, error: null };
}

function gs1Parse(data: string, opts: DecodeOptions, ctx: LintContext): ElementsResult {
  if (looksLikeHri(data)) return parseHri(data, ctx);
  const gsData = applySubstitutes(data, opts.fnc1Substitutes);
  const bad = firstControlChar(gsData, true);
  if (bad >= 0) return { ok: false, error: controlCharError(gsData, bad) };
  return parseElementString(gsData, ctx);
}

function gs1Result(symbology: string | null, parsed: Gs1Element[], ctx: LintContext): ScanDecode {
  if (parsed.length === 0) return fail(decodeError('empty', 'the scan holds separators (FNC1) but no GS1 data'));
  const { elements, error } = dedupe(parsed);
  if (error) return fail(error);
  const pairError = findInvalidPair(elements);
  if (pairError) return fail(pairError);
  const value = (ai: string): string | null => elements.find((e) => e.ai === ai)?.value ?? null;
  const expiry = value('17');
  return {
    ok: true,
    symbology,
    gs1: true,
    elements,
    gtin: value('01'),
    serial: value('21'),
    batch: value('10'),
    expiry: expiry === null ? null : yymmddToIso(expiry, ctx.referenceYear),
    code: null,
  };
}

/** Starts (after any leading FNC1/GS) with AI (00), (01) or (02). */
function startsWithKeyAi(data: string): boolean {
  let i = 0;
  while (data.charCodeAt(i) === 0x1d) i++;
  return data.charCodeAt(i) === 48 && data.charCodeAt(i + 1) >= 48 && data.charCodeAt(i + 1) <= 50;
}

function plainResult(symbology: string | null, data: string, gtin: string | null = null): ScanDecode {
  return { ok: true, symbology, gs1: false, elements: [], gtin, serial: null, batch: null, expiry: null, code: data };
}

/**
 * Decodes one raw scan. With a GS1 symbology identifier (]C1 ]e0 ]d2 ]Q3 ]J1) or in the
 * "(01)..." human-readable form the data must be valid GS1; ]E0/]E3/]E4 carry a GTIN; other
 * identifiers pass the data through as a plain code. Without an identifier, data is GS1 only
 * when it parses completely and starts with AI (00), (01) or (02). Never throws.
 */
export function decodeScan(raw: string, opts: DecodeOptions = {}): ScanDecode {
  if (typeof raw !== 'string' || raw.length === 0) return fail(decodeError('empty', 'the scan is empty'));
  const maxLength = opts.maxLength ?? DEFAULT_MAX_SCAN_LENGTH;
  if (raw.length > maxLength) {
    return fail(decodeError('too_long', `the scan is ${raw.length} characters long; at most ${maxLength} are accepted`));
  }
  const { symbology, data } = splitSymbology(raw);
  if (data.length === 0) return fail(decodeError('empty', `the scan has symbology identifier ${symbology} but no data`));
  const ctx: LintContext = { referenceYear: opts.referenceYear ?? new Date().getUTCFullYear() };

  if (symbology !== null && GS1_SYMBOLOGIES.has(symbology)) {
    const parsed = gs1Parse(data, opts, ctx);
    return parsed.ok ? gs1Result(symbology, parsed.elements, ctx) : fail(parsed.error);
  }
  if (symbology !== null && EAN_UPC_SYMBOLOGIES.has(symbology)) {
    const ean = decodeEanUpc(symbology, data);
    return ean.ok ? plainResult(symbology, data, ean.gtin) : fail(ean.error);
  }
  if (symbology === null && looksLikeHri(data)) {
    const parsed = parseHri(data, ctx);
    return parsed.ok ? gs1Result(null, parsed.elements, ctx) : fail(parsed.error);
  }
  if (symbology === null && startsWithKeyAi(data)) {
    const parsed = gs1Parse(data, opts, ctx);
    if (parsed.ok) return gs1Result(null, parsed.elements, ctx);
    // A GS byte means the scanner sent GS1 data without its identifier: the GS1 error is
    // more useful than "control character".
    if (data.includes(GS)) return fail(parsed.error);
  }
  const bad = firstControlChar(data, false);
  if (bad >= 0) return fail(controlCharError(data, bad));
  return plainResult(symbology, data);
}
