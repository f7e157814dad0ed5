import type { Messages } from '../types';

// Numbers keep the station's historic English form (`1250 g`, no thousands separator): `::group-off`.
// A count in front of a noun is a `plural` (other languages need their forms); `.######` keeps a
// scale's or a typed weight's decimals as sent.

/** Namespace `verdicts-shipping`: every key starts with `verdicts-shipping.`. */
export const verdictsShipping = {
  // Whether this station may pack the order (gates.ts).
  'verdicts-shipping.gate.shipped': '{order} has already shipped; nothing more can be packed on it.',
  'verdicts-shipping.gate.cancelled': '{order} is cancelled; it cannot be packed.',
  'verdicts-shipping.gate.notPicked': '{order} is not marked picked; this station packs picked orders only.',
  'verdicts-shipping.gate.notConfirmed': '{order} is not confirmed; this station packs confirmed orders only.',

  // Approvals (approval.ts): `need` is pinAndReason, reason or pin.
  'verdicts-shipping.approval.replacement':
    '{sku} may replace {replaces} on {order}: {need, select, pinAndReason {a supervisor PIN and a reason are needed} reason {give a reason} other {a supervisor PIN is needed}}.',
  'verdicts-shipping.approval.serial':
    'Override for serial {serial}: {need, select, pinAndReason {a supervisor PIN and a reason are needed} reason {give a reason} other {a supervisor PIN is needed}}.',
  'verdicts-shipping.approval.weight':
    'Weight {grams, number, ::group-off} g of {order}: {need, select, pinAndReason {a supervisor PIN and a reason are needed} reason {give a reason} other {a supervisor PIN is needed}}.',

  // Replacements (replacement.ts).
  'verdicts-shipping.replacement.done':
    '{ordered} replaced by {replacement} {where, select, kit {in kit {kit} on line {line, number, ::group-off}} other {on line {line, number, ::group-off}}}{approved, select, yes { (approved by {approver})} other {}}.',

  // Items and kits (item-scan.ts); `complete` is confirmed, yes or no.
  'verdicts-shipping.item.allScanned': '{sku}: all {required, number, ::group-off} are scanned; one more would be more than ordered.',
  'verdicts-shipping.item.multipleQtyOff':
    'Scanning {qty, number, ::group-off} {qty, plural, one {unit} other {units}} at once is off at this station: scan each unit of {sku}.',
  'verdicts-shipping.item.moreThanOrdered':
    '{sku}: {scanned, number, ::group-off} of {required, number, ::group-off} scanned; {qty, number, ::group-off} more would be more than ordered.',
  'verdicts-shipping.item.scanSerials':
    '{sku} × {qty, number, ::group-off}: scan {qty, plural, one {its serial number} other {# serial numbers}}.',
  'verdicts-shipping.item.packed':
    'Packed {qty, number, ::group-off} × {sku} ({scanned, number, ::group-off} of {required, number, ::group-off}).{complete, select, confirmed { All items are scanned; the order is confirmed.} yes { All items are scanned.} other {}}',
  'verdicts-shipping.kit.allScanned': '{sku}: all {qty, number, ::group-off} {qty, plural, other {kits}} are scanned.',
  'verdicts-shipping.kit.whole':
    '{sku}: whole kit {next, number, ::group-off} of {qty, number, ::group-off}{hasPacked, select, yes { — packed {packed}} other {}}.{complete, select, confirmed { All items are scanned; the order is confirmed.} yes { All items are scanned.} other {}}',
  'verdicts-shipping.kit.wholeScanSerial':
    '{sku}: whole kit {next, number, ::group-off} of {qty, number, ::group-off}{hasPacked, select, yes { — packed {packed}} other {}}; scan the serial number of {serialSku}.',
  'verdicts-shipping.kit.parentComplete':
    '{sku}: kit {kit, number, ::group-off} of {qty, number, ::group-off} complete.{complete, select, confirmed { All items are scanned; the order is confirmed.} yes { All items are scanned.} other {}}',
  'verdicts-shipping.kit.componentsFirst': 'Scan the components of {sku} first ({rest} still to scan), then the kit.',
  'verdicts-shipping.kit.throughComponents': '{sku} is scanned through its components: {rest} still to scan.',

  // Serials (serial-check.ts, serial-scan.ts).
  'verdicts-shipping.serial.orderNumber': "{serial} is this order's number, not a serial: scan the serial number of {sku}.",
  'verdicts-shipping.serial.productCode': '{serial} is a product code ({productSku}), not a serial: scan the serial number of {sku}.',
  'verdicts-shipping.serial.wrongProduct': 'Serial {serial} belongs to {owners}, not {sku}.',
  'verdicts-shipping.serial.duplicate': 'Serial {serial} is already scanned on {order}.',
  'verdicts-shipping.serial.shipped': 'Serial {serial} of {sku} has already shipped.',
  'verdicts-shipping.serial.heldElsewhere': 'Serial {serial} of {sku} is already packed in open order {other}.',
  'verdicts-shipping.serial.notInStock':
    'Serial {serial} of {sku} {status, select, available {is in a serial pool and was never received} assigned {is assigned in a serial pool and was never received} quarantined {is quarantined} in_transit {is in transit} other {is {status}}}: it is not in stock.{overrideOff, select, yes { Overriding serial validation is off at this station.} other {}}',
  'verdicts-shipping.serial.neverReceived':
    'Serial {serial} of {sku} was never received: it is not in stock.{overrideOff, select, yes { Overriding serial validation is off at this station.} other {}}',
  'verdicts-shipping.serial.overrideOff': 'Overriding serial validation is off at this station.',
  'verdicts-shipping.serial.packed':
    'Packed {sku} serial {serial} ({index, number, ::group-off} of {total, number, ::group-off}).{override, select, approvedBy { Override ({rules}) approved by {approver}: {reason}.} yes { Override ({rules}): {reason}.} other {}}{complete, select, confirmed { All items are scanned; the order is confirmed.} yes { All items are scanned.} other {}}',

  // Opening an order, and the sentence above the Scan field (shipping-workflow.ts, state.ts).
  'verdicts-shipping.order.notFound': 'No order {order}.',
  'verdicts-shipping.open.toScan':
    'Packing {order}: {left, number, ::group-off} of {required, number, ::group-off} {required, plural, one {unit} other {units}} to scan.',
  'verdicts-shipping.open.allScanned':
    'Packing {opened}: all {required, number, ::group-off} {required, plural, one {unit is} other {units are}} scanned. {step, select, shipped {{order} is shipped. Scan or type the next order number.} serial {Scan the serial number of {sku} ({index, number, ::group-off} of {total, number, ::group-off}).} partial {Shipping what is packed of {order}: weigh {multi, select, yes {package {no, number, ::group-off} of {count, number, ::group-off}} other {the package}}, give its dimensions and tracking number.} confirm {Every item of {order} is scanned: check the box and confirm the order.} package {Weigh {multi, select, yes {package {no, number, ::group-off} of {count, number, ::group-off}} other {the package}} of {order}, give its dimensions and tracking number, then {last, select, no {record it} other {ship}}.} other {Scan the items of {order} (SKU, UPC, GTIN, alias or GS1 barcode).}}',
  'verdicts-shipping.prompt.shipped': '{order} is shipped. Scan or type the next order number.',
  'verdicts-shipping.prompt.serial': 'Scan the serial number of {sku} ({index, number, ::group-off} of {total, number, ::group-off}).',
  'verdicts-shipping.prompt.partial':
    'Shipping what is packed of {order}: weigh {multi, select, yes {package {no, number, ::group-off} of {count, number, ::group-off}} other {the package}}, give its dimensions and tracking number.',
  'verdicts-shipping.prompt.confirm': 'Every item of {order} is scanned: check the box and confirm the order.',
  'verdicts-shipping.prompt.package':
    'Weigh {multi, select, yes {package {no, number, ::group-off} of {count, number, ::group-off}} other {the package}} of {order}, give its dimensions and tracking number, then {last, select, no {record it} other {ship}}.',
  'verdicts-shipping.prompt.items': 'Scan the items of {order} (SKU, UPC, GTIN, alias or GS1 barcode).',

  // Scans at the items step (shipping-workflow.ts).
  'verdicts-shipping.scan.qtyBarcodesOff': 'Quantity barcodes are off at this station: scan each unit.',
  'verdicts-shipping.scan.qtyAtLeastOne': 'A quantity must be at least 1.',
  'verdicts-shipping.scan.qtyNext': 'Quantity {qty, number, ::group-off} for the next item.',
  'verdicts-shipping.scan.serialFirst': 'Scan the serial number of {sku} first, or cancel the pending units.',
  'verdicts-shipping.scan.packageStarted': 'Package {no, number, ::group-off} started: items scanned now go into it.',
  'verdicts-shipping.scan.packageEmpty': 'Package {no, number, ::group-off} is still empty: scan items into it first.',
  'verdicts-shipping.scan.orderOpen': '{order} is already open: scan its items.',
  'verdicts-shipping.scan.notOnOrder':
    '{sku} ({name}) is not on {order}: the order expects {expects, select, nothing {nothing more} other {{list}}}.',
  'verdicts-shipping.scan.unknownCode':
    '{code} is not a known product code (SKU, UPC, GTIN or alias): the order expects {expects, select, nothing {nothing more} other {{list}}}.',
  'verdicts-shipping.scan.otherBarcode':
    'That barcode is {known, select, yes {{scanned}} other {another product}}: scan the serial number of {sku}, or cancel the pending units.',
  'verdicts-shipping.scan.noSerialInBarcode': 'This {sku} barcode carries no serial number (AI 21).',
  'verdicts-shipping.scan.unknownSku': '{sku} is not a known SKU.',
  'verdicts-shipping.scan.oneSerialAtATime': '{sku} is packed one serial at a time: send qty 1 with each serial.',

  // Tracking numbers scanned at the package step.
  'verdicts-shipping.tracking.notTracking': '{code} is not a tracking number.',
  'verdicts-shipping.tracking.newPackageCode': '{code} starts a new package while items are scanned; here, scan the tracking number.',
  'verdicts-shipping.tracking.productCode': '{code} is a product code, not a tracking number.',
  'verdicts-shipping.tracking.orderNumber': '{code} is an order number, not a tracking number.',
  'verdicts-shipping.tracking.scanned': 'Tracking number {code} scanned.',

  // Partial shipping and confirmation.
  'verdicts-shipping.partial.off': 'Shipping part of an order is off at this station (shipping.allowPartial).',
  'verdicts-shipping.partial.nothingPacked': 'Nothing is packed on {order} yet.',
  'verdicts-shipping.confirm.stillToScan': '{order} still has {rest} to scan.',

  // Weighing, measuring and shipping (ship.ts, ship-plan.ts, ship-now.ts); `note` is what the weight adds.
  'verdicts-shipping.weigh.scaleConnected': 'A scale is connected: put the package on it (typing the weight is off at this station).',
  'verdicts-shipping.weigh.scanTracking': 'Scan the tracking number: typing it is off at this station.',
  'verdicts-shipping.measure.notAtStep': '{order} is not at its package step: {prompt}',
  'verdicts-shipping.measure.lastPackage': 'Package {no, number, ::group-off} is the last one of {order}: ship the order.',
  'verdicts-shipping.measure.weighFirst': 'Weigh package {no, number, ::group-off} first.',
  'verdicts-shipping.measure.done':
    'Package {no, number, ::group-off} of {count, number, ::group-off}: {grams, number, ::group-off} g{tracked, select, yes {, tracking {tracking}} other {}}. Weigh package {next, number, ::group-off}.{note, select, approvedBy { Weight approved by {approver}: {reason}.} approved { Weight approved: {reason}.} unchecked { Expected weight not checked: no catalog weight for {missing}.} other {}}',
  'verdicts-shipping.ship.notYet': '{order} cannot ship yet: {rest} still to scan.',
  'verdicts-shipping.ship.nothingPacked': 'Nothing is packed on {order}.',
  'verdicts-shipping.ship.weighFirst': 'Weigh package {no, number, ::group-off} of {order} first.',
  'verdicts-shipping.ship.changed': '{order} changed while its labels were made: ship it again.',
  'verdicts-shipping.ship.done':
    '{order} shipped: shipment {shipment}, {multi, select, yes {{packages, number, ::group-off} {packages, plural, one {package} other {packages}}, } other {}}{units, number, ::group-off} {units, plural, one {unit} other {units}}{weighed, select, yes {, {grams, number, ::group-off} g} other {}}{tracked, select, yes {, tracking {tracking}} other {}}.{note, select, approvedBy { Weight approved by {approver}: {reason}.} approved { Weight approved: {reason}.} unchecked { Expected weight not checked: no catalog weight for {missing}.} other {}}{rest, select, open { The rest of {order} stays open.} other {}}',
  'verdicts-shipping.ship.labelServiceFailed': '{problem} {order} stays packed: Retry to ask again.',
  'verdicts-shipping.ship.labelsShort':
    '{labels, number, ::group-off} {labels, plural, one {label} other {labels}} for {packages, number, ::group-off} {packages, plural, other {packages}}. {order} stays packed.',
  'verdicts-shipping.plan.beyond':
    '{order} is packed into package {no, number, ::group-off}, but the body names {count, number, ::group-off} {count, plural, one {package} other {packages}}: list its serials or items in a package.',
  'verdicts-shipping.plan.empty': 'Package {no, number, ::group-off} would be empty: name the serials or items that go into it.',
  'verdicts-shipping.plan.badWeight': 'Package {no, number, ::group-off}: {problem}',
  'verdicts-shipping.missing.dimensions':
    'Give the dimensions of {multi, select, yes {package {no, number, ::group-off} of {order}} other {{order}}}: this station ships no package without them.',
  'verdicts-shipping.missing.tracking':
    'Scan or type the tracking number of {multi, select, yes {package {no, number, ::group-off} of {order}} other {{order}}}: this station ships no package without one.',

  // Printing a shipment's labels and packing slip (print-shipment.ts); `how` is sent, saved, desktopOnly, dialog, failed, or words (the printer's own).
  'verdicts-shipping.print.noShipment': 'No shipment {shipment}.',
  'verdicts-shipping.print.nothing': 'Nothing to print.',
  'verdicts-shipping.print.part':
    '{what, select, slip {Packing slip} other {Label of package {no, number, ::group-off}}} {how, select, sent {sent to {host}:{port}} saved {saved as {path}} desktopOnly {saved as {path} (the print dialog is only in the desktop app)} dialog {saved as {path} and opened in the print dialog} failed {not printed: {error}} other {{words}}}',
  'verdicts-shipping.print.one':
    '{what, select, slip {Packing slip} other {Label of package {no, number, ::group-off}}} {how, select, sent {sent to {host}:{port}} saved {saved as {path}} desktopOnly {saved as {path} (the print dialog is only in the desktop app)} dialog {saved as {path} and opened in the print dialog} failed {not printed: {error}} other {{words}}}.',
  'verdicts-shipping.print.noLabels': 'Shipment {shipment} of {order} has no labels.',
  'verdicts-shipping.print.noShipmentToPrint': '{order} has no shipment{named, select, yes { {shipment}} other {}} to print.',

  // Scale readings and typed weights (shared/workflows/shipping-weight.ts, package-weight.ts).
  'verdicts-shipping.weight.noReading': 'The scale has sent no reading yet.',
  'verdicts-shipping.weight.motion': 'The scale is in motion ({weight, number, ::group-off .######} {unit}): wait for a stable weight.',
  'verdicts-shipping.weight.over': 'The scale is overloaded: the package is too heavy for it.',
  'verdicts-shipping.weight.under': 'The scale reads under zero: empty it and zero it.',
  'verdicts-shipping.weight.error': 'The scale reports an error: check it, or type the weight when allowed.',
  'verdicts-shipping.weight.negative': 'The scale reads a negative weight ({weight, number, ::group-off .######} {unit}): empty it and zero it.',
  'verdicts-shipping.weight.zero': 'The scale reads zero: put the package on the scale.',
  'verdicts-shipping.weight.tooHeavy': '{weight, number, ::group-off .######} {unit} is more than a package can weigh here.',
  'verdicts-shipping.weight.typedAboveZero': 'Type a weight above zero.',
  'verdicts-shipping.weight.disconnected': 'The scale is not connected: there is no weight to ship with.',
  'verdicts-shipping.weight.errorSince': 'The scale reported an error since its last weight: no reading.',
  'verdicts-shipping.weight.errorSinceWhy': 'The scale reported an error since its last weight: no reading. ({error})',
  'verdicts-shipping.weight.stale': 'No reading from the scale: it has stopped answering.',
  'verdicts-shipping.weight.beforeStep': 'This weight was read before this weighing step began: put it on the scale again.',
  'verdicts-shipping.weight.previousPackage':
    "The scale still shows the previous package's weight ({grams, number, ::group-off} g) and has not been back to zero: take that package off, or put this one on.",

  // The expected weight (shared/workflows/expected-weight.ts); `off` is heavier, lighter or none.
  'verdicts-shipping.expected.skipped': 'Expected weight not checked: no catalog weight for {missing}.',
  'verdicts-shipping.expected.range':
    'Expected {grams, number, ::group-off} g ± {tolerance, number, ::group-off} % ({min, number, ::group-off}–{max, number, ::group-off} g).',
  'verdicts-shipping.expected.outOfRange':
    'The package weighs {weighed, number, ::group-off} g; its items and packaging should weigh {grams, number, ::group-off} g ± {tolerance, number, ::group-off} % ({min, number, ::group-off}–{max, number, ::group-off} g){off, select, heavier {: {percent, number, ::group-off} % heavier} lighter {: {percent, number, ::group-off} % lighter} other {}}. Check the box, or ask a supervisor to approve the weight.',
} as const satisfies Messages;
