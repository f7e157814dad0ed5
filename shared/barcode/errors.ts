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
] as const;

export type DecodeErrorCode = (typeof DECODE_ERROR_CODES)[number];

export interface DecodeError {
  code: DecodeErrorCode;
  /** Names the AI (where there is one) and what is wrong, in words. */
  message: string;
}

export function decodeError(code: DecodeErrorCode, message: string): DecodeError {
  return { code, message };
}

/** A character as a user can read it in a message, control characters as hex. */
export function showChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
    return `0x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return `"${ch}"`;
}
