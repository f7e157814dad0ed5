import type { Messages } from '../types';

/** Namespace `ui-returns`: every key starts with `ui-returns.`. */
export const uiReturns = {
  'ui-returns.title': 'Returns',

  // An amount of money (credit) without a currency: always two decimals.
  'ui-returns.amount': '{amount, number, ::.00}',

  // Conditions of a returned unit: the choices, and a stored condition code as shown in tables.
  'ui-returns.condition.new': 'New, sealed',
  'ui-returns.condition.opened': 'Opened, as new',
  'ui-returns.condition.used': 'Used, working',
  'ui-returns.condition.damaged': 'Damaged',
  'ui-returns.condition.defective': 'Defective',
  'ui-returns.conditionCode': '{condition, select, other {{condition}}}',

  // Reasons for a return (RMA level).
  'ui-returns.reason.defective': 'Defective',
  'ui-returns.reason.damagedInTransit': 'Damaged in transit',
  'ui-returns.reason.wrongItem': 'Wrong item sent',
  'ui-returns.reason.notAsDescribed': 'Not as described',
  'ui-returns.reason.noLongerNeeded': 'No longer needed',
  'ui-returns.reason.other': 'Other',

  // Column headers.
  'ui-returns.column.line': 'Line',
  'ui-returns.column.sku': 'SKU',
  'ui-returns.column.product': 'Product',
  'ui-returns.column.shipped': 'Shipped',
  'ui-returns.column.returned': 'Returned',
  'ui-returns.column.serial': 'Serial',
  'ui-returns.column.condition': 'Condition',
  'ui-returns.column.putAway': 'Put away',
  'ui-returns.column.credit': 'Credit',

  // Step 1: find the order or RMA.
  'ui-returns.find.reason': 'Reason for the return',
  'ui-returns.find.prompt': 'Scan or type the order number or RMA number — or a serial of a returned unit.',
  'ui-returns.find.created': '{rma} opened for {order}.',
  'ui-returns.find.noMatch': 'No order, RMA or shipped serial matches {code}.',
  'ui-returns.find.opening': 'Opening {rma}.',
  'ui-returns.find.returnsOf': 'Returns of {order}',
  'ui-returns.find.returnOfOrder': 'Open {rma} — {units, plural, one {# unit} other {# units}} ({status})',
  'ui-returns.find.openReturns': 'Open returns',
  'ui-returns.find.openReturn': 'Open {rma} — order {order} — {units, plural, one {# unit} other {# units}} — since {since}',

  // The wizard.
  'ui-returns.wizard.back': 'Back to returns',
  'ui-returns.wizard.order': 'order {order}',
  'ui-returns.wizard.reason': 'reason {reason, select, other {{reason}}}',
  'ui-returns.wizard.validationOn': 'serials must have shipped on this order',
  'ui-returns.wizard.validationOff': 'serial validation off',
  'ui-returns.wizard.condition': 'Condition of the next unit',
  'ui-returns.wizard.unitsReturned': 'Units returned',
  'ui-returns.wizard.complete': 'Every shipped unit of {order} is back: put them away and close the RMA.',
  'ui-returns.wizard.cancelPending': 'Cancel pending product',
  'ui-returns.wizard.putAway': 'Put away and close RMA',
  'ui-returns.wizard.cancelRma': 'Cancel RMA',
  'ui-returns.wizard.cancelled': '{rma} is cancelled: nothing was taken back.',
  'ui-returns.wizard.restocked':
    '{restocked, plural, one {# unit} other {# units}} back in stock, {quarantined, number} quarantined; credit {credit, number, ::.00}. {rma} is closed.',

  // Lines of the RMA.
  'ui-returns.lines.orderLines': 'Order lines',
  'ui-returns.lines.returnedUnits': 'Returned units',
  'ui-returns.lines.none': 'No unit scanned yet.',
  'ui-returns.lines.putAwayAt': '{disposition, select, restock {Restocked} other {Quarantined}} at {location}',
  'ui-returns.lines.waiting': 'Waiting',
  'ui-returns.lines.creditTotal': 'Credit total',

  // Cancel dialog.
  'ui-returns.cancel.title': 'Cancel {rma}?',
  'ui-returns.cancel.nothingScanned': 'Nothing was scanned on {rma}.',
  'ui-returns.cancel.undo':
    'The {units, plural, one {# unit} other {# units}} scanned on {rma} go back to shipped on {order}: the return is undone in the ledger.',
  'ui-returns.cancel.keep': 'Keep the RMA',
  'ui-returns.cancel.confirm': 'Cancel the RMA',

  // Put away dialog.
  'ui-returns.restock.title': 'Put away {rma}',
  'ui-returns.restock.noCondition': 'no condition',
  'ui-returns.restock.backInStock': 'Back in stock',
  'ui-returns.restock.quarantine': 'Quarantine',
  'ui-returns.restock.hint': 'Without a warehouse, units go back to the order’s warehouse; quarantined units stay out of the bins.',
  'ui-returns.restock.submit': 'Put away and close',
  'ui-returns.restock.cancel': 'Cancel',

  // Credit memo.
  'ui-returns.memo.title': 'Credit memo {rma}',
  'ui-returns.memo.order': 'Order {order}',
  'ui-returns.memo.line': '{qty, number} × {sku}{serial} at {price} = {amount, number, ::.00}{disposition}',
  'ui-returns.memo.serial': '(serial {serial})',
  'ui-returns.memo.noPrice': 'no price',
  'ui-returns.memo.restocked': 'restocked',
  'ui-returns.memo.quarantined': 'quarantined',
  'ui-returns.memo.total': 'Total credit {total, number, ::.00}',
} as const satisfies Messages;
