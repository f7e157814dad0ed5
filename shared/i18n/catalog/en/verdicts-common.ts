import type { Messages } from '../types';

/**
 * Namespace `verdicts-common`: every key starts with `verdicts-common.`. Sentences any workflow
 * gives: a scan that cannot be read, quantities, the serial rules (length, pattern, characters, a
 * product or document code scanned for a serial) and supervisor PINs. `{detail}` is a technical
 * detail that stays English (a GS1 decoder fault, a pattern's fault).
 */
export const verdictsCommon = {
  // Reading a scan (electron/workflows/kit/read-scan.ts).
  'verdicts-common.scan.empty': 'The scan is empty.',
  'verdicts-common.scan.noData': 'The scan has symbology identifier {symbology} but no data.',
  'verdicts-common.scan.tooLong': 'The scan is {length} characters long; at most {max} are accepted.',
  'verdicts-common.scan.controlCharacter': 'Control character {char} is not allowed here (at position {position}).',
  'verdicts-common.scan.unreadable': '{detail}',
  'verdicts-common.scan.couldNotRead': 'The scan could not be read.',
  'verdicts-common.unknownProduct': '{code} is not a known product code (SKU, UPC, GTIN or alias).',
  'verdicts-common.storageUnavailable': 'Database unreachable — nothing was recorded',

  // Quantities.
  'verdicts-common.quantity.atLeastOne': 'A quantity must be at least 1.',
  'verdicts-common.quantity.notWhole': 'Quantity {qty} is not a whole number of units.',

  // Serial rules (shared/domain/serial-rules.ts).
  'verdicts-common.serial.empty': 'The serial number is empty.',
  'verdicts-common.serial.tooLong': 'The serial number is {length} characters long; at most {max} are allowed.',
  'verdicts-common.serial.spacesOrControl': 'The serial number contains spaces or control characters.',
  'verdicts-common.serial.loneSurrogate': 'The serial number must be well-formed Unicode (it holds a lone surrogate).',
  'verdicts-common.serial.controlCharacters': 'The serial number must not contain control characters.',
  'verdicts-common.serial.bidiControls': 'The serial number must not contain bidirectional control characters.',
  'verdicts-common.serial.zeroWidth': 'The serial number must not contain zero-width characters.',
  'verdicts-common.serial.textProblem': 'The serial number {detail}.',
  'verdicts-common.serial.exactLength': 'The serial number has {length} characters; this product needs exactly {exact}.',
  'verdicts-common.serial.minLength': 'The serial number has {length} characters; this product needs at least {min}.',
  'verdicts-common.serial.maxLength': 'The serial number has {length} characters; this product allows at most {max}.',
  'verdicts-common.serial.patternUnusable': "This product's serial pattern {pattern} {detail}; fix the product.",
  'verdicts-common.serial.patternMismatch': "The serial number does not match this product's pattern {pattern}.",
  'verdicts-common.serial.looksLikeUpc': '{value} is a product code (SKU, UPC, GTIN or alias) on this PO, not a serial: scan the serial number label.',
  'verdicts-common.serial.looksLikeDocument': "{value} is this PO's number, invoice or tracking number, not a serial.",

  // Supervisor approval by PIN (electron/workflows/kit/supervisor-pin.ts).
  'verdicts-common.pin.wrong': 'Wrong supervisor PIN: {left, plural, one {{left} attempt} other {{left} attempts}} left.',
  'verdicts-common.pin.nowLocked': 'Wrong supervisor PIN. {max} wrong PINs: approvals are locked for a minute.',
  'verdicts-common.pin.locked': 'Supervisor approval is locked after {max} wrong PINs; try again at {until, time}.',
  // Sentences joined into one reply (a replacement and the scan it led to, a shipment and its printing).
  'verdicts-common.joined': '{first} {second}',
  'verdicts-common.listed': '{first}; {second}',
  'verdicts-common.sentence': '{text}.',
} as const satisfies Messages;
