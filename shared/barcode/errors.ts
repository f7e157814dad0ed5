/** Every reason a scan can be rejected; stable snake_case codes shown to users and APIs. */
export const DECODE_ERROR_CODES = [
  'empty', // nothing to decode (or a symbology identifier with no data)
  'too_long', // longer than DecodeOptions.maxLength
  'control_character', // a control character where none is allowed
  'unknown_ai', // data where an Application Identifier should start is not a known AI
  'bad_length', // an AI's value is too short or too long, or an EAN/UPC has the wrong digit count
  'non_numeric', // a numeric field contains something other than digits
  'bad_character', // a character outside the AI's character set (CSET 82, 39 or 64)
  'bad_check_digit', // a GTIN, SSCC, GLN... check digit (or GMN check pair) does not match
  'bad_date', // an impossible date or time (month 13, 30 February, hour 24...)
  'bad_value', // a value breaking another AI rule (country code, yes/no flag, piece of total...)
  'missing_fnc1', // a variable-length AI runs into the next AI: the FNC1/GS separator is missing
  'duplicate_ai', // the same AI twice with different values
  'invalid_pair', // two AIs that must not appear together (General Specifications "invalid pairs")
  'bad_hri', // malformed "(01)..." human-readable form
  'empty_element', // an element without data: two FNC1 in a row, or an AI with an empty value
  'missing_association', // an AI without its required partner AI (only with enforceAssociations)
  'missing_serial_part', // AI (253), (255) or (8003) without its serial part next to a digital signature (8030)
  'bad_digital_link', // a GS1 Digital Link URI that breaks the URI syntax (scheme, domain, path, query)
] as const;

export type DecodeErrorCode = (typeof DECODE_ERROR_CODES)[number];

export interface DecodeError {
  code: DecodeErrorCode;
  /** Names the AI (where there is one) and what is wrong, in words. */
  message: string;
  /** 1-based position in the raw scan of the offending character, where one is at fault. */
  position?: number;
}

/** A rule broken that does not make the scan unreadable (GS1 judges it over all barcodes of an item). */
export interface DecodeWarning {
  code: 'missing_association';
  /** Names the AI and the partners it needs, in words. */
  message: string;
  /** The AI that needs a partner. */
  ai: string;
  /** The alternatives, one of which must be present: "01", or "01+21" for both. */
  requires: string[];
}

export function decodeError(code: DecodeErrorCode, message: string, position?: number): DecodeError {
  return position === undefined ? { code, message } : { code, message: `${message} (at position ${position})`, position };
}

/** A character as a user can read it in a message, control characters as hex. */
export function showChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
    return `0x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return `"${ch}"`;
}
