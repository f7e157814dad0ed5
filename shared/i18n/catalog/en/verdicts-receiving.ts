import type { Messages } from '../types';

/**
 * Namespace `verdicts-receiving`: every key starts with `verdicts-receiving.`. The receiving
 * wizard's verdicts (scans, the weigh step, serials entered later, corrected serials), the notes
 * of a closed session and the prompt above the Scan field. `{status, select, …}` names a serial
 * status (`in_stock`, `in_transit`, …) or a PO status; `{grams}` is a number.
 */
export const verdictsReceiving = {
  // Prompts above the Scan field (electron/workflows/receiving/state.ts).
  'verdicts-receiving.prompt.bin': 'Scan or type the bin for {po}.',
  'verdicts-receiving.prompt.weigh': 'Weigh one unit of {sku}: put it on the scale, or type its weight and dimensions.',
  'verdicts-receiving.prompt.serial': 'Scan the serial number of {sku} ({index} of {total}).',
  'verdicts-receiving.prompt.extra': 'Scan the next product — or another serial of {sku} to receive one more unit.',
  'verdicts-receiving.prompt.product': 'Scan a product (SKU, UPC, GTIN, alias or GS1 barcode).',

  // Scans.
  'verdicts-receiving.poClosed': '{po} is {status, select, closed {closed} cancelled {cancelled} other {{status}}}; nothing more can be received on it.',
  'verdicts-receiving.bin.unknown': '{code} is not a bin of warehouse {warehouse}.',
  'verdicts-receiving.bin.emptyCode': 'An empty code is not a bin of warehouse {warehouse}.',
  'verdicts-receiving.bin.required': 'A bin is required before receiving.',
  'verdicts-receiving.bin.set': 'Bin {bin}: received units go there.',
  'verdicts-receiving.quantityForNext': 'Quantity {qty} for the next product.',
  'verdicts-receiving.weighFirst': 'Weigh {sku} first: put one unit on the scale or type its weight, then continue.',
  'verdicts-receiving.noLongerOnPo': '{sku} is no longer on {po}.',
  'verdicts-receiving.poAlreadyOpen': '{po} is already open: scan its products.',
  'verdicts-receiving.notOnPo': '{sku} is not on {po}.',
  'verdicts-receiving.notOnPoNamed': '{sku} ({name}) is not on {po}.',
  'verdicts-receiving.serialAsProduct.received': '{code} is a serial of {sku} already received on line {lineNo} of {po}, not a product code: scan the product first.',
  'verdicts-receiving.serialAsProduct.expected':
    '{code} is a serial of {sku} expected on line {lineNo} of {po}, not a product code: scan the product first, then this serial.',
  'verdicts-receiving.oneSerialAtATime': '{sku} is received one serial at a time: send qty 1 with each serial.',
  'verdicts-receiving.overQuantity': '{sku}: {received} of {ordered} received; {qty} more would receive more than ordered.',
  'verdicts-receiving.allOrderedReceived': '{sku}: all {ordered} ordered units are received; one more would be more than ordered.',
  'verdicts-receiving.weighUnit': '{sku}: weigh one unit and enter its dimensions first.',
  'verdicts-receiving.scanSerials': '{sku} × {qty}: scan {qty, plural, one {its serial number} other {{qty} serial numbers}}.',
  'verdicts-receiving.received': 'Received {qty} × {sku} ({received} of {ordered}).',
  'verdicts-receiving.otherProduct': 'That barcode is for another product; scan the serial of {sku}, or cancel the pending units.',
  'verdicts-receiving.noSerialInBarcode': 'This barcode carries no serial number (AI 21).',
  'verdicts-receiving.noSerialInBarcodeOf': 'This {sku} barcode carries no serial number (AI 21).',
  'verdicts-receiving.receivedSerial': 'Received {sku} serial {serial}.',
  'verdicts-receiving.receivedSerialBack': 'Received {sku} serial {serial} (a unit shipped before and back in stock).',
  'verdicts-receiving.receivedSerialOf': 'Received {sku} serial {serial} ({done} of {total}).',
  'verdicts-receiving.receivedSerialOfBack': 'Received {sku} serial {serial} ({done} of {total}, a unit shipped before and back in stock).',

  // The weigh step: the weight, then what the receipt says.
  'verdicts-receiving.measured.scanSerials': '{sku} weighs {grams} g. {sku} × {qty}: scan {qty, plural, one {its serial number} other {{qty} serial numbers}}.',
  'verdicts-receiving.measured.received': '{sku} weighs {grams} g. Received {qty} × {sku} ({received} of {ordered}).',

  // Serial checks at receipt (electron/workflows/receiving/serial-check.ts).
  'verdicts-receiving.serial.duplicateOnPo': 'Serial {serial} was already scanned on {po}.',
  'verdicts-receiving.serial.otherProduct': 'Serial {serial} already belongs to {sku}; serials are unique across all products on this station.',
  'verdicts-receiving.serial.receivedBefore':
    'Serial {serial} of {sku} was received before (now {status, select, available {available} assigned {assigned} in_stock {in stock} shipped {shipped} quarantined {quarantined} in_transit {in transit} deleted {deleted} other {{status}}}).',
  'verdicts-receiving.serial.receivedBeforeOn':
    'Serial {serial} of {sku} was received before on {po} (now {status, select, available {available} assigned {assigned} in_stock {in stock} shipped {shipped} quarantined {quarantined} in_transit {in transit} deleted {deleted} other {{status}}}).',
  'verdicts-receiving.serial.already':
    'Serial {serial} of {sku} is already {status, select, available {available} assigned {assigned} in_stock {in stock} shipped {shipped} quarantined {quarantined} in_transit {in transit} deleted {deleted} other {{status}}}.',
  'verdicts-receiving.serial.alreadyOn':
    'Serial {serial} of {sku} is already {status, select, available {available} assigned {assigned} in_stock {in stock} shipped {shipped} quarantined {quarantined} in_transit {in transit} deleted {deleted} other {{status}}} on {po}.',
  'verdicts-receiving.serial.notExpected': 'Serial {serial} is not one of the {expected} serials expected for {sku} on {po}.',

  // Serials entered later for received units (electron/workflows/receiving/later-serials.ts).
  'verdicts-receiving.later.allHaveSerials': 'Every received unit of {sku} on {po} has a serial already.',
  'verdicts-receiving.later.shippedBefore': 'Serial {serial} of {sku} shipped before: receive it as a return, not as a unit of {po}.',
  'verdicts-receiving.later.given':
    'Serial {serial} given to a received unit of {sku}; {left, plural, =0 {every received unit of {sku} has a serial now} one {{left} unit without a serial left} other {{left} units without a serial left}}.',

  // Correcting a serial; notes of a closed session (electron/workflows/receiving/receiving-admin.ts).
  'verdicts-receiving.corrected': 'Serial {serial} of {sku} corrected to {newSerial}.',
  'verdicts-receiving.close.serialsPending':
    '{left, plural, one {{left} unit of {sku} waiting for serials was not received.} other {{left} units of {sku} waiting for serials were not received.}}',
  'verdicts-receiving.close.measurePending':
    '{qty, plural, one {{qty} × {sku} waiting to be weighed was not received.} other {{qty} × {sku} waiting to be weighed were not received.}}',
  'verdicts-receiving.close.expectedSerials': '{sku}: {serials} of {expected} expected serials received; the confirmed quantity is {received}.',
} as const satisfies Messages;
