import type { Messages } from '../types';

/** Namespace `ui-receive`: every key starts with `ui-receive.`. */
export const uiReceive = {
  'ui-receive.title': 'Receive a purchase order',

  // Column headers (lines table, PO serials).
  'ui-receive.column.line': 'Line',
  'ui-receive.column.sku': 'SKU',
  'ui-receive.column.product': 'Product',
  'ui-receive.column.ordered': 'Ordered',
  'ui-receive.column.received': 'Received',
  'ui-receive.column.toReceive': 'To receive',
  'ui-receive.column.serials': 'Serials',
  'ui-receive.column.serial': 'Serial',
  'ui-receive.column.receivedOn': 'Received on',
  'ui-receive.column.by': 'By',
  'ui-receive.column.bin': 'Bin',
  'ui-receive.column.status': 'Status',
  'ui-receive.column.actions': 'Actions',

  // Step 1: find the PO.
  'ui-receive.findPo.prompt': 'Scan or type a PO number, vendor invoice or tracking number — or scan a product.',
  'ui-receive.findPo.candidate': 'Receive {po} — {vendor} — {received, number} of {qty, number} received ({status})',
  'ui-receive.findPo.opening': 'Opening {po}.',
  'ui-receive.findPo.productOnPos': '{sku} is on {count, plural, other {# open purchase order(s)}}: pick one.',
  'ui-receive.findPo.posMatch': '{count, plural, other {# purchase orders match}}: pick one.',
  'ui-receive.findPo.notOnPo': '{sku} is on no open purchase order.',
  'ui-receive.findPo.noMatch': 'No purchase order, vendor invoice, tracking number or product matches {code}.',
  'ui-receive.findPo.withProduct': 'Open POs with {sku}',
  'ui-receive.findPo.matching': 'Matching purchase orders',
  'ui-receive.findPo.open': 'Open purchase orders',

  // The wizard.
  'ui-receive.wizard.back': 'Back to purchase orders',
  'ui-receive.wizard.vendor': 'vendor {vendor}',
  'ui-receive.wizard.invoice': 'invoice {invoice}',
  'ui-receive.wizard.tracking': 'tracking {tracking}',
  'ui-receive.wizard.sessionOpened': 'session opened {at, time}',
  'ui-receive.wizard.bin': 'bin {bin}',
  'ui-receive.wizard.skipSerials': 'serial prompts skipped for this vendor',
  'ui-receive.wizard.quantity': 'Quantity for the next product',
  'ui-receive.wizard.unitsReceived': 'Units received',
  'ui-receive.wizard.complete': 'Every ordered unit of {po} is received: save the receive data.',
  'ui-receive.wizard.pendingCancelled': 'Units waiting for serials were not received.',
  'ui-receive.wizard.cancelPending': 'Cancel pending units',
  'ui-receive.wizard.save': 'Save receive data',
  'ui-receive.wizard.saved': 'Receiving session saved for {po}.',
  'ui-receive.wizard.poSerials': 'PO serials',
  'ui-receive.wizard.printLabels': 'Print labels',
  'ui-receive.wizard.weightOf': 'weight of {sku}',

  // Lines table.
  'ui-receive.lines.label': 'PO lines',
  'ui-receive.lines.serialAtReceipt': 'serial at receipt',
  'ui-receive.lines.serialAtShipping': 'serial at shipping',
  'ui-receive.lines.expected': '/ {count, number} expected',

  // Weighing a product.
  'ui-receive.measure.label': 'Weigh {sku}',
  'ui-receive.measure.scale': 'Scale',
  'ui-receive.measure.useScale': 'Use scale weight',
  'ui-receive.measure.weight': 'Weight (g)',
  'ui-receive.measure.length': 'Length (mm)',
  'ui-receive.measure.width': 'Width (mm)',
  'ui-receive.measure.height': 'Height (mm)',
  'ui-receive.measure.saveTyped': 'Save typed weight',

  // PO serials dialog.
  'ui-receive.serials.title': 'Serials of {po}',
  'ui-receive.serials.filter': 'Filter serials',
  'ui-receive.serials.filterPlaceholder': 'serial or SKU',
  'ui-receive.serials.sortBy': 'Sort by',
  'ui-receive.serials.sortReceived': 'Received order',
  'ui-receive.serials.sortSerial': 'Serial',
  'ui-receive.serials.sortSku': 'SKU',
  'ui-receive.serials.descending': 'Descending',
  'ui-receive.serials.group': 'Group by receiving session',
  'ui-receive.serials.session': 'Session {id}: received on {date} by {by} · {units, plural, one {# unit} other {# units}} · {status}',
  'ui-receive.serials.nobody': 'nobody signed in',
  'ui-receive.serials.sessionTable': 'Serials of session {id}',
  'ui-receive.serials.edit': 'Edit',
  'ui-receive.serials.editSerial': 'Edit serial {serial}',
  'ui-receive.serials.delete': 'Delete',
  'ui-receive.serials.deleteSerial': 'Delete serial {serial}',
  'ui-receive.serials.enterLater': 'Enter serials for received units',
  'ui-receive.serials.close': 'Close',

  // Editing or deleting one serial.
  'ui-receive.editSerial.deleteTitle': 'Delete serial {serial}?',
  'ui-receive.editSerial.reasonNeeded': 'Give a reason for deleting the serial.',
  'ui-receive.editSerial.newNeeded': 'Type or scan the new serial.',
  'ui-receive.editSerial.deleted': 'Serial {serial} deleted (recorded in the ledger).',
  'ui-receive.editSerial.nothingChanged': 'Nothing changed.',
  'ui-receive.editSerial.newSerial': 'New serial',
  'ui-receive.editSerial.reason': 'Reason for deleting',
  'ui-receive.editSerial.save': 'Save serial',
  'ui-receive.editSerial.delete': 'Delete serial',
  'ui-receive.editSerial.cancel': 'Cancel',

  // Serials entered later for received units.
  'ui-receive.laterSerials.title': 'Enter serials for received units of {po}',
  'ui-receive.laterSerials.allDone': 'Every received unit of {po} has a serial.',
  'ui-receive.laterSerials.product': 'Product',
  'ui-receive.laterSerials.option': '{sku} — {units, number} without a serial',
  'ui-receive.laterSerials.serial': 'Serial for a received unit',
  'ui-receive.laterSerials.add': 'Add serial',
  'ui-receive.laterSerials.done': 'Done',

  // Print labels dialog.
  'ui-receive.print.title': 'Print labels of {po}',
  'ui-receive.print.format': 'Label format',
  'ui-receive.print.zpl': 'ZPL (label printer)',
  'ui-receive.print.pdf': 'PDF sheet (file)',
  'ui-receive.print.sendTo': 'Send to',
  'ui-receive.print.printer': 'Label printer',
  'ui-receive.print.file': 'File',
  'ui-receive.print.print': 'Print',
  'ui-receive.print.cancel': 'Cancel',
  'ui-receive.print.printed':
    '{labels, plural, one {# label} other {# labels}} of {po} ({serials, plural, one {# serial} other {# serials}}{without, plural, =0 {} other { and # without a serial}}) → {target}.',
} as const satisfies Messages;
