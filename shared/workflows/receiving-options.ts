import { z } from 'zod';
import { option, type OptionDefs } from '../options/define';

/** Receiving station options (Settings → Receiving). */
export const receivingOptionDefs = {
  'receiving.requireSerial': option('receiving', 'Require serial number input', z.boolean(), true,
    'Products with full tracking ask for one serial per unit received.'),
  'receiving.requireUniqueSerial': option('receiving', 'Require unique serial number', z.boolean(), true,
    'Refuse a serial already scanned on this PO, and one equal to a SKU, UPC, GTIN or alias of the PO’s products (the scanner aimed at the wrong barcode).'),
  'receiving.validateDuplicatesGlobally': option('receiving', 'Validate all product serials for duplicates', z.boolean(), true,
    'Refuse a serial ever received before for the same product.'),
  'receiving.skipSerialForVendors': option('receiving', 'Skip the serial prompt for these vendors (one per line)', z.array(z.string().trim().min(1).max(100)).max(500), []),
  'receiving.allowMoreSerialsThanQty': option('receiving', 'Allow more serials than the quantity received', z.boolean(), false,
    'After the serials for the quantity are scanned, further serials receive one more unit each.'),
  'receiving.resetCountOnSerialDelete': option('receiving', 'Reset the received count when a serial is deleted', z.boolean(), true),
  'receiving.allowOverReceive': option('receiving', 'Allow receiving more than ordered', z.boolean(), false),
  'receiving.requireBin': option('receiving', 'Require a bin', z.boolean(), false, 'Scan or type the bin before the first product.'),
  'receiving.stickyQuantity': option('receiving', 'Keep the quantity for the next product', z.boolean(), false,
    'Off: the Quantity for the next product goes back to 1 once a product scan has used it. On: it stays until changed.'),
  'receiving.requireWeight': option('receiving', 'Require weight and dimensions', z.boolean(), false,
    'A product without a weight is weighed once (from the scale when one is connected, typed otherwise).'),
} satisfies OptionDefs;
