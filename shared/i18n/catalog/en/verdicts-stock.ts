import type { Messages } from '../types';

/**
 * Namespace `verdicts-stock`: every key starts with `verdicts-stock.`. The sentences of returns
 * (RMA), transfers, adjustments and cycle counts — verdicts and the screens' prompts — and the
 * serial history's one-line summaries. `{status, select, …}` names a serial status
 * (`in_stock`, `in_transit`, …); `yes`/`no` selects say whether an optional part is there.
 */
export const verdictsStock = {
  // Shared by several workflows.
  'verdicts-stock.unknownSku': '{sku} is not a known SKU.',
  'verdicts-stock.noLongerInCatalog': '{sku} is no longer in the catalog.',
  'verdicts-stock.serialAtOtherLocation': 'Serial {serial} of {sku} is at {location}, not at {expected}.',
  'verdicts-stock.serialNotInStock':
    'Serial {serial} of {sku} is {status, select, available {available} assigned {assigned} in_stock {in stock} shipped {shipped} quarantined {quarantined} in_transit {in transit} deleted {deleted} other {{status}}}, not at {expected}.',

  // Returns (RMA).
  'verdicts-stock.returns.prompt.closed': '{rma} is {status, select, cancelled {cancelled} other {closed}}: scan another order or RMA to start a new return.',
  'verdicts-stock.returns.prompt.serial': 'Scan the serial number of the returned {sku}.',
  'verdicts-stock.returns.prompt.item': 'Scan a returned item of {order}: its serial number, product code or GS1 barcode.',
  'verdicts-stock.returns.rmaClosed': '{rma} is closed; start a new return to take more units back.',
  'verdicts-stock.returns.alreadyOpen': '{rma} (order {order}) is already open: scan a returned item.',
  'verdicts-stock.returns.scanSerial': '{sku}: scan the serial number of the returned unit.',
  'verdicts-stock.returns.notProductOrSerial': '{code} is neither a product code nor a serial shipped on {order}.',
  'verdicts-stock.returns.notOnOrder': '{sku} is not on {order}.',
  'verdicts-stock.returns.notOnOrderNamed': '{sku} ({name}) is not on {order}.',
  'verdicts-stock.returns.overReturned': '{shipped} × {sku} shipped on {order} and {returned} came back already: no more can be returned.',
  'verdicts-stock.returns.returnedSerial':
    'Returned {sku} serial {serial}{isNew, select, yes { (new to the ledger)} other {}}{condition, select, new {, new, sealed} opened {, opened, as new} used {, used, working} damaged {, damaged} defective {, defective} other {}}.',
  'verdicts-stock.returns.returnedUnit': 'Returned 1 × {sku} ({returned} of {shipped} shipped).',
  'verdicts-stock.returns.serialBackQuarantined': 'Serial {serial} of {sku} is already back (quarantined).',
  'verdicts-stock.returns.serialInStock': 'Serial {serial} of {sku} is in stock at {location}: it is not out with a customer.',
  'verdicts-stock.returns.serialNotOut':
    'Serial {serial} of {sku} is {status, select, available {available} assigned {assigned} in_stock {in stock} shipped {shipped} quarantined {quarantined} in_transit {in transit} deleted {deleted} other {{status}}}: it is not out with a customer.',
  'verdicts-stock.returns.serialNotInLedger': 'Serial {serial} of {sku} is not in the ledger: it was not shipped on {order}.',
  'verdicts-stock.returns.serialNotShippedOnOrder': 'Serial {serial} of {sku} was not shipped on {order}.',
  'verdicts-stock.returns.serialShippedElsewhere': 'Serial {serial} of {sku} was not shipped on {order} (it shipped on {other}).',

  // Transfers.
  'verdicts-stock.transfers.prompt.inTransit': '{transfer} is on its way to {to}: receive it there when it arrives.',
  'verdicts-stock.transfers.prompt.closed': '{transfer} is {status, select, completed {completed} cancelled {cancelled} other {{status}}}.',
  'verdicts-stock.transfers.prompt.serial': 'Scan the serial number of the {sku} unit to move.',
  'verdicts-stock.transfers.prompt.itemToSku': 'Scan each unit at {from} that becomes {toSku}: its serial, product code or GS1 barcode.',
  'verdicts-stock.transfers.prompt.itemToNewSku': 'Scan each unit at {from} that becomes the new SKU: its serial, product code or GS1 barcode.',
  'verdicts-stock.transfers.prompt.item': 'Scan each unit to move from {from} to {to}: its serial, product code or GS1 barcode.',
  'verdicts-stock.transfers.closed':
    '{transfer} is {status, select, open {open} in_transit {in transit} completed {completed} cancelled {cancelled} other {{status}}}: no more units can be added.',
  'verdicts-stock.transfers.wrongBarcode': 'That barcode is for {barcodeSku}; scan the serial of {sku}.',
  'verdicts-stock.transfers.scanSerial': '{sku}: scan the serial number of the unit.',
  'verdicts-stock.transfers.notProductOrSerial': '{code} is neither a product code nor a serial in the ledger.',
  'verdicts-stock.transfers.serialNotInLedger': 'Serial {serial} of {sku} is not in the ledger.',
  'verdicts-stock.transfers.alreadyAtTarget': 'Serial {serial} of {sku} is already at {location}.',
  'verdicts-stock.transfers.alreadyThatSku': '{serial} is already a {sku}.',
  'verdicts-stock.transfers.duplicateSerial': '{sku} already has a serial {serial}: it cannot become a second one.',
  'verdicts-stock.transfers.unitsAlreadyThatSku': 'The units are already {sku}.',
  'verdicts-stock.transfers.noStockAtSource': 'No {sku} in stock at {location}.',
  'verdicts-stock.transfers.serialBecame': '{sku} serial {serial} is now {toSku}{retired, select, yes { (its serial retired; the new unit has none)} other {}}.',
  'verdicts-stock.transfers.unitBecame': '{sku} 1 unit is now {toSku}.',
  'verdicts-stock.transfers.serialOnItsWay': '{sku} serial {serial} on its way to {to}.',
  'verdicts-stock.transfers.unitOnItsWay': '{sku} 1 unit on its way to {to}.',
  'verdicts-stock.transfers.serialMoved': 'Moved {sku} serial {serial} to {to}.',
  'verdicts-stock.transfers.unitMoved': 'Moved {sku} 1 unit to {to}.',

  // Adjustments.
  'verdicts-stock.adjust.serialRequired': "{sku} is tracked by serial: scan the unit's serial number.",
  'verdicts-stock.adjust.addedUnits': 'Added {qty} × {sku} at {location}.',
  'verdicts-stock.adjust.removedUnits': 'Removed {qty} × {sku} from {location}.',
  'verdicts-stock.adjust.serialNotInLedger': 'Serial {serial} is not in the ledger.',
  'verdicts-stock.adjust.removedSerial': 'Removed {sku} serial {serial} from stock at {location}.',
  'verdicts-stock.adjust.alreadyInStock': 'Serial {serial} of {sku} is already in stock at {location}: use a transfer to move it.',
  'verdicts-stock.adjust.backInStock':
    '{sku} serial {serial} (was {status, select, available {available} assigned {assigned} in_stock {in stock} shipped {shipped} quarantined {quarantined} in_transit {in transit} deleted {deleted} other {{status}}}) is in stock at {location}.',
  'verdicts-stock.adjust.newSerialNeedsSku': 'Serial {serial} is new to the ledger: choose its SKU, then scan it again.',
  'verdicts-stock.adjust.addedSerial': 'Added {sku} serial {serial} to stock at {location}.',

  // Cycle counts.
  'verdicts-stock.counts.prompt.serial': 'Scan the serial number of the {sku} unit.',
  'verdicts-stock.counts.prompt.quantity': 'Scan the product to count {qty, plural, other {{qty} units}} of it.',
  'verdicts-stock.counts.prompt.item':
    'Scan every unit at {location}: serials, GS1 barcodes, or product codes of products without serials (a quantity first counts that many).',
  'verdicts-stock.counts.badQuantity': 'A quantity must be at least 1.',
  'verdicts-stock.counts.quantity': 'Quantity {qty}: scan the product to count {qty, plural, other {{qty} units}} of it.',
  'verdicts-stock.counts.serialRequired': "{sku} is counted by serial: scan each unit's serial number.",
  'verdicts-stock.counts.scanSerial': '{sku}: scan its serial number.',
  'verdicts-stock.counts.countedMore': 'Counted {added} more × {sku}: {qty} in all.',
  'verdicts-stock.counts.counted': 'Counted {qty} × {sku}.',
  'verdicts-stock.counts.unknownSerial': '{code} is not in the ledger: scan its product first to count it as a new serial.',
  'verdicts-stock.counts.alreadyCounted': 'Serial {serial} of {sku} is already counted.',
  'verdicts-stock.counts.countedSerial': 'Counted {sku} serial {serial}.',
  'verdicts-stock.counts.countedSerialNew': 'Counted {sku} serial {serial} (new to the ledger).',
  'verdicts-stock.counts.countedSerialRecordedAt': 'Counted {sku} serial {serial} (recorded at {location}).',
  'verdicts-stock.counts.countedSerialRecordedAs':
    'Counted {sku} serial {serial} (recorded as {status, select, available {available} assigned {assigned} in_stock {in stock} shipped {shipped} quarantined {quarantined} in_transit {in transit} deleted {deleted} other {{status}}}).',

  // Serial history: one sentence per ledger event (no final period).
  'verdicts-stock.history.generated': 'Generated in a serial pool{hasDocument, select, yes { on {document}} other {}}',
  'verdicts-stock.history.commissioned': 'Commissioned{hasDocument, select, yes { on {document}} other {}}',
  'verdicts-stock.history.assigned': 'Assigned{hasReason, select, yes { ({reason})} other {}}',
  'verdicts-stock.history.released': 'Released back to its pool',
  'verdicts-stock.history.received':
    'Received{hasDocument, select, yes { on {document}} other {}}{hasVendor, select, yes { from {vendor}} other {}}{hasCost, select, yes { at {cost, number, ::.00 group-off}} other {}}{reReceipt, select, yes { (a unit shipped before, back in stock)} other {}}',
  'verdicts-stock.history.shipped': 'Shipped{hasDocument, select, yes { on order {document}} other {}}{hasPrice, select, yes { at {price, number, ::.00 group-off}} other {}}',
  'verdicts-stock.history.returned':
    'Returned{hasDocument, select, yes { on {document}} other {}}{hasOrder, select, yes { (order {order})} other {}}{hasCondition, select, yes {, condition {condition}} other {}}',
  'verdicts-stock.history.overridden': 'Accepted by supervisor override{hasReason, select, yes {: {reason}} other {}}',
  'verdicts-stock.history.restocked': 'Put back in stock at {hasTo, select, yes {{to}} other {the warehouse}}{hasDocument, select, yes { on {document}} other {}}',
  'verdicts-stock.history.quarantined': 'Quarantined{hasTo, select, yes { at {to}} other {}}{hasDocument, select, yes { on {document}} other {}}',
  'verdicts-stock.history.foundInCount': 'Found at {hasTo, select, yes {{to}} other {this location}} in a cycle count{hasFrom, select, yes { (recorded at {from})} other {}}',
  'verdicts-stock.history.leftInTransit':
    'Left {hasFrom, select, yes {{from}} other {the source}} for {hasTo, select, yes {{to}} other {the destination}}{hasDocument, select, yes { on {document}} other {}} (in transit)',
  'verdicts-stock.history.arrived': 'Arrived at {hasTo, select, yes {{to}} other {the destination}}{hasDocument, select, yes { on {document}} other {}}',
  'verdicts-stock.history.skuTransferred':
    'Transferred from SKU {fromSku} to SKU {toSku}{hasDocument, select, yes { on {document}} other {}}{movedTo, select, yes { (to {to})} other {}}',
  'verdicts-stock.history.moved': 'Moved{hasFrom, select, yes { from {from}} other {}}{hasTo, select, yes { to {to}} other {}}{hasDocument, select, yes { on {document}} other {}}',
  'verdicts-stock.history.deleted': 'Deleted{hasReason, select, yes {: {reason}} other {}}',
  'verdicts-stock.history.addedToStock': 'Added to stock{hasTo, select, yes { at {to}} other {}}{hasReason, select, yes {: {reason}} other {}}',
  'verdicts-stock.history.removedFromStock': 'Removed from stock{hasFrom, select, yes { at {from}} other {}}{hasReason, select, yes {: {reason}} other {}}',
  'verdicts-stock.history.missingInCount': 'Not found at {hasFrom, select, yes {{from}} other {its location}} in a cycle count: removed from stock',
  'verdicts-stock.history.retired': 'Retired by SKU-to-SKU transfer to {hasToSku, select, yes {{toSku}} other {another SKU}}{hasDocument, select, yes { on {document}} other {}}',
  'verdicts-stock.history.openingStock': 'Entered as opening stock',
  'verdicts-stock.history.adjusted': 'Adjusted{hasDocument, select, yes { on {document}} other {}}{hasReason, select, yes {: {reason}} other {}}',
  'verdicts-stock.history.unknownEvent': '{type}',
} as const satisfies Messages;
