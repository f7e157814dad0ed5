import type { Messages } from '../types';

/**
 * Namespace `errors-stock`: the station’s refusals (errors); every key starts with `errors-stock.`.
 * The refusals of returns (RMA), transfers, adjustments, cycle counts and serial pools.
 * Identifiers (RMA, order, transfer and batch numbers, SKUs, warehouse and bin codes) are strings.
 */
export const errorsStock = {
  // Shared by several workflows.
  'errors-stock.noWarehouse': 'No warehouse {warehouse}.',
  'errors-stock.notBinOf': '{bin} is not a bin of {warehouse}.',

  // Returns (RMA).
  'errors-stock.returns.noRma': 'No RMA {rma}.',
  'errors-stock.returns.noOrder': 'No order {order}.',
  'errors-stock.returns.rmaOfOtherOrder': 'RMA {rma} already exists for order {order}.',
  'errors-stock.returns.nothingShipped': 'Order {order} has not shipped anything: there is nothing to return.',
  'errors-stock.returns.closedPutAway': '{rma} is closed; its units were put away on {day, select, none {an earlier day} other {{day}}}.',
  'errors-stock.returns.nothingWaiting': 'Nothing returned on {rma} is waiting to be put away: scan the returned units first.',
  'errors-stock.returns.notBinOfWarehouse': '{bin} is not a bin of warehouse {warehouse}.',
  'errors-stock.returns.lineNotWaiting': 'Line {lines} is not a unit waiting on {rma}.',
  'errors-stock.returns.alreadyEnded': '{rma} is {status, select, cancelled {cancelled} other {closed}} already.',
  'errors-stock.returns.cannotCancel': 'Units of {rma} are put away already: it cannot be cancelled.',

  // Transfers.
  'errors-stock.transfers.noTransfer': 'No transfer {transfer}.',
  'errors-stock.transfers.toSkuRequired': 'A SKU-to-SKU transfer needs the SKU the units become.',
  'errors-stock.transfers.unknownSku': '{sku} is not a known SKU.',
  'errors-stock.transfers.sameLocation': 'From and to are the same location ({location}): nothing would move.',
  'errors-stock.transfers.binToBinOneWarehouse': 'A bin-to-bin transfer stays in one warehouse: choose warehouse to warehouse instead.',
  'errors-stock.transfers.otherWarehouse': 'A warehouse-to-warehouse transfer goes to another warehouse than {warehouse}.',
  'errors-stock.transfers.nothingScanned': 'Nothing was scanned on {transfer}.',
  'errors-stock.transfers.status':
    '{transfer} is {status, select, open {open} in_transit {in transit} completed {completed} cancelled {cancelled} other {{status}}}.',
  'errors-stock.transfers.notOneWayInTransit': '{transfer} is not a one-way transfer in transit.',

  // Cycle counts.
  'errors-stock.counts.noCount': 'No count is running at {location}.',
  'errors-stock.counts.supervisorNeeded':
    'A supervisor PIN is needed: this count writes off {units} {units, plural, one {unit} other {units}} of one product (more than {above}).',

  // Serial pools.
  'errors-stock.pools.noProduct': 'no product with code {code}: register the product first',
  'errors-stock.pools.noPool': 'product {sku} has no serial pool yet',
  'errors-stock.pools.poolNotFound': 'serial pool {pool} not found',
  'errors-stock.pools.noGtin': 'product {sku} has no GTIN: use schema SKU or add its GTIN',
  'errors-stock.pools.poolExists': 'product {sku} already has a serial pool',
  'errors-stock.pools.continuousOneAtATime': 'a continuous pool generates one serial at a time (batches are for batch pools)',
  'errors-stock.pools.limitReached':
    'pool limit reached: {pool} holds {used} of {limit} serials, {left} more can be generated; nothing was generated',
  'errors-stock.pools.serialLengthTooShort':
    'serials of {length} characters are too short for {count} serials: use a longer serial length',
  'errors-stock.pools.noUnusedSerials': 'could not find {count} unused serials of {length} characters: use a longer serial length',
  'errors-stock.pools.batchNameTaken': 'this pool already has a batch named "{name}"',
  'errors-stock.pools.selectedNotInPool': '{count} selected serial(s) are not in this pool (deleted meanwhile?)',
  'errors-stock.pools.repeatedSerials': 'the request repeats {count} serial(s)',
  'errors-stock.pools.notEnoughAvailable': 'the pool of {sku} has {available} available serial(s), {requested} requested; nothing was assigned',
  'errors-stock.pools.notInPoolOf': '{count} serial(s) are not in the pool of {sku}; nothing was released',
  'errors-stock.pools.noSuchFolder': 'the folder {folder} does not exist',
  'errors-stock.pools.pathOutsideLabels': 'a relative label path must stay inside the labels folder',
  'errors-stock.pools.batchNotInPool': 'batch {batch} is not in this pool',
  'errors-stock.pools.tooManyLabels': 'batch {batch} has {total} serials; print at most {max} at once',
  'errors-stock.pools.nothingToPrint': 'there is nothing to print: the batch holds no serials',
  'errors-stock.pools.labelFileNotWritten': 'the label file {file} could not be written ({detail})',
  'errors-stock.pools.noPrinter': 'no label printer is set: enter its address, or set it in Settings',
  'errors-stock.pools.cannotCommission':
    '{count} serial(s) cannot be commissioned for {sku} (already commissioned, of another pool or product, or generated but never issued); nothing was commissioned',
  'errors-stock.pools.alreadyExist':
    '{count} serial(s) already exist for {sku}; nothing was commissioned',
  'errors-stock.pools.notAssigned':
    '{count} serial(s) are not assigned (available already, or received/shipped); nothing was released',
  'errors-stock.pools.selectedNotAssigned':
    '{count} selected serial(s) are not assigned (available already, or received/shipped); nothing was released',
  'errors-stock.pools.hasHistory':
    '{count} selected serial(s) have history beyond generation (assigned, printed, received…) and cannot be deleted; nothing was deleted',
} as const satisfies Messages;
