/** Reason codes of the receiving workflow. */
export const RECEIVING_REASONS = [
  'not_on_po',
  'over_quantity',
  'duplicate_in_po',
  'duplicate_for_product',
  'duplicate_other_product',
  'not_expected',
  'bin_required',
  'unknown_bin',
  'measure_required',
  'serials_pending',
  'po_closed',
  /** A serial of this PO (received on it, or expected on it) scanned where a product code is expected. */
  'serial_where_product_expected',
  /** "Enter serials for received units": every received unit of the line has a serial already. */
  'all_units_have_serials',
] as const;
