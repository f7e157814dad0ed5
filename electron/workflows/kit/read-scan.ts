import { decodeScan } from '../../../shared/barcode/decode-scan';
import type { DecodeError } from '../../../shared/barcode/errors';
import { english, msg, type Message } from '../../../shared/i18n/message';
import type { OptionValues } from '../../../shared/options/registry';
import { normalizeText } from '../../../shared/domain/identifiers';
import type { ReasonCode } from '../../../shared/workflows/verdict';

/** The station options that change how a scan is read. */
export type ScanReadOptions = Pick<OptionValues, 'devices.scanner.fnc1Substitutes' | 'barcodes.enforceAssociations'>;

/** A scan as the workflows read it: a plain code, or GS1 data with its parts. */
export interface ScanRead {
  ok: true;
  /** The raw scan as received (kept for the scan log). */
  raw: string;
  gs1: boolean;
  /** Plain value of a non-GS1 scan; for GS1 the GTIN (the product part). */
  code: string;
  gtin: string | null;
  serial: string | null;
  batch: string | null;
  expiry: string | null;
}

/** `message`: why the scan cannot be read, for `rejected(reason, message)`. */
export type ScanReadResult = ScanRead | { ok: false; reason: ReasonCode; message: Message };

/** The longest scan a workflow accepts (10 KB scans are refused with a reason, not a crash). */
export const MAX_SCAN_LENGTH = 4096;

/**
 * Reads one raw scan (AIM identifier, GS1 element string with FNC1 as GS or a configured wedge
 * substitute, GS1 Digital Link URI, or a plain code). Every failure has a reason and a sentence.
 * `options`: the station's option values (or just its FNC1 substitutes).
 */
export function readScan(raw: string, options: ScanReadOptions | readonly string[] = []): ScanReadResult {
  const trimmed = raw.replace(/^[\r\n]+|[\r\n]+$/g, '');
  const read = Array.isArray(options)
    ? { fnc1Substitutes: options, enforceAssociations: false }
    : {
        fnc1Substitutes: (options as ScanReadOptions)['devices.scanner.fnc1Substitutes'],
        enforceAssociations: (options as ScanReadOptions)['barcodes.enforceAssociations'],
      };
  const d = decodeScan(trimmed, { ...read, maxLength: MAX_SCAN_LENGTH });
  if (!d.ok) {
    const reason: ReasonCode = d.error.code === 'empty' || d.error.code === 'too_long' || d.error.code === 'control_character' ? d.error.code : 'bad_barcode';
    return { ok: false, reason, message: unreadable(d.error) };
  }
  if (d.gs1) {
    return { ok: true, raw, gs1: true, code: d.gtin ?? d.elements[0]?.value ?? '', gtin: d.gtin, serial: d.serial, batch: d.batch, expiry: d.expiry };
  }
  // Identifiers are stored in NFC (shared/domain/identifiers.ts); a scanner may send either form.
  const code = normalizeText(d.code ?? '');
  return { ok: true, raw, gs1: false, code, gtin: d.gtin, serial: null, batch: null, expiry: null };
}

/**
 * Why a scan cannot be read. The scan-level faults (empty, too long, a control character) are
 * messages of their own; the decoder's other details (a bad check digit in AI (01), …) are GS1
 * technical words and stay English, given as `{detail}`. A message is used only when its English
 * is the decoder's sentence exactly; anything else is passed on as the detail.
 */
function unreadable(error: DecodeError): Message {
  const text = sentence(error.message);
  if (text === null) return msg('verdicts-common.scan.couldNotRead');
  const own = scanFault(error);
  return own && english(own) === text ? own : msg('verdicts-common.scan.unreadable', { detail: text });
}

function scanFault(error: DecodeError): Message | null {
  const m = error.message.trim();
  if (error.code === 'empty') {
    if (m === 'the scan is empty') return msg('verdicts-common.scan.empty');
    const id = /^the scan has symbology identifier (.+) but no data$/.exec(m);
    return id ? msg('verdicts-common.scan.noData', { symbology: id[1] ?? '' }) : null;
  }
  if (error.code === 'too_long') {
    const n = /^the scan is (\d+) characters long; at most (\d+) are accepted$/.exec(m);
    return n ? msg('verdicts-common.scan.tooLong', { length: Number(n[1]), max: Number(n[2]) }) : null;
  }
  if (error.code === 'control_character') {
    const c = /^control character (\S+) is not allowed here \(at position (\d+)\)$/.exec(m);
    return c ? msg('verdicts-common.scan.controlCharacter', { char: c[1] ?? '', position: Number(c[2]) }) : null;
  }
  return null;
}

/** The decoder's words as a sentence (capital, full stop); null when it gave none. */
function sentence(text: string): string | null {
  const t = text.trim();
  return t.length === 0 ? null : `${t.charAt(0).toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? '' : '.'}`;
}
