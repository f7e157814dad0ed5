// From parsed GS1 elements to the decode result: the rules between elements (repeats, invalid
// pairs, serialised keys under a digital signature, mandatory associations) and the fields the
// workflows use (GTIN, serial, batch, expiry).
import { findInvalidPair, findMissingAssociations, findUnserialisedDigSigKey } from './associations';
import { yymmddToIso } from './dates';
import type { Gs1Element } from './element-string';
import { decodeError, type DecodeError, type DecodeWarning } from './errors';
import type { LintContext } from './linters';

export type ScanDecode =
  | {
      ok: true;
      symbology: string | null;
      gs1: boolean;
      /** GS1 elements in scan order (identical repeats dropped); [] when not GS1. */
      elements: Gs1Element[];
      /** GTIN-14: AI (01), or the GTIN of an EAN/UPC or ITF-14 symbol. */
      gtin: string | null;
      serial: string | null;
      batch: string | null;
      /** ISO date from AI (17); DD=00 becomes the last day of the month. */
      expiry: string | null;
      /** The plain value when the scan is not GS1 data, else null. */
      code: string | null;
      /** Rules broken that do not make the data unreadable (missing associations). */
      warnings: DecodeWarning[];
    }
  | { ok: false; error: DecodeError };

export const fail = (error: DecodeError): ScanDecode => ({ ok: false, error });

export interface Gs1Checks extends LintContext {
  /** Missing mandatory associations are errors instead of warnings. */
  enforceAssociations: boolean;
}

/** Drops identical repeats; a repeated AI with another value is an error. */
function dedupe(elements: readonly Gs1Element[], positions: readonly number[]) {
  const seen = new Map<string, string>();
  const out: Gs1Element[] = [];
  const at: number[] = [];
  for (const [i, el] of elements.entries()) {
    const before = seen.get(el.ai);
    if (before === undefined) {
      seen.set(el.ai, el.value);
      out.push(el);
      at.push(positions[i] as number);
    } else if (before !== el.value) {
      const message = `AI (${el.ai}) appears twice with different values: "${before}" and "${el.value}"`;
      return { elements: out, positions: at, error: decodeError('duplicate_ai', message, positions[i]) };
    }
  }
  return { elements: out, positions: at, error: null };
}

export function gs1Result(symbology: string | null, parsed: readonly Gs1Element[], positions: readonly number[], checks: Gs1Checks): ScanDecode {
  if (parsed.length === 0) return fail(decodeError('empty', 'the scan holds separators (FNC1) but no GS1 data'));
  const { elements, positions: at, error } = dedupe(parsed, positions);
  if (error) return fail(error);
  const ruleError = findInvalidPair(elements, at) ?? findUnserialisedDigSigKey(elements, at);
  if (ruleError) return fail(ruleError);
  const warnings = findMissingAssociations(elements);
  const first = warnings[0];
  if (first && checks.enforceAssociations) {
    const others = warnings.length > 1 ? ` (and ${warnings.length - 1} more)` : '';
    return fail(decodeError('missing_association', `${first.message}${others}`));
  }
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
    expiry: expiry === null ? null : yymmddToIso(expiry, checks.referenceYear),
    code: null,
    warnings,
  };
}

export function plainResult(symbology: string | null, data: string, gtin: string | null = null): ScanDecode {
  return { ok: true, symbology, gs1: false, elements: [], gtin, serial: null, batch: null, expiry: null, code: data, warnings: [] };
}
