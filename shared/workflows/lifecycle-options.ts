import { z } from 'zod';
import { option, type OptionDefs } from '../options/define';

/** Station options of returns, transfers and the serial reports (Settings → Returns / Serials). */
export const lifecycleOptionDefs = {
  'returns.requireSerialValidation': option('returns', 'Require serial number validation in RMAs', z.boolean(), true,
    'A returned serial must be one shipped on the order of the RMA. Off: any serial of a product on the order is taken back (an unknown one is added to the ledger).'),
  'transfers.transferSerials': option('serials', 'Transfer serial numbers in SKU-to-SKU transfers', z.boolean(), true,
    'The unit keeps its serial and history under the new SKU and can be sold again. Off: the old serial is retired and the new SKU unit has none.'),
  'stock.allowNegative': option('serials', 'Allow negative stock on hand', z.boolean(), false,
    'Off: a unit shipped that the station has no record of on hand is recorded as found at shipping (the adjustment that explains it), so on hand never drops below zero. On: on hand may go below zero until the missing receipt is recorded.'),
  'reports.profitBySerial': option('serials', 'Profit and loss by serial number', z.boolean(), true,
    'A sold unit costs the purchase price of the PO that received its serial. Off (or a serial with no receipt): the product’s average cost.'),
  'counts.supervisorAbove': option('serials', 'Cycle counts: supervisor PIN for write-offs above (units)', z.number().int().min(0).max(1_000_000), 0,
    'Applying a count that writes off more units than this (of any one product) needs a supervisor PIN. 0: every write-off needs one.'),
} satisfies OptionDefs;
