/** Reason codes of the Scan & Ship workflow. */
export const SHIPPING_REASONS = [
  /** Require serials to match PO: never received, not in stock now, or packed in another open order. */
  'not_in_stock',
  'duplicate_in_order',
  'already_shipped',
  /** The serial belongs to another product. */
  'wrong_product',
  /** The scanned product is not on the order (and is not an allowed replacement). */
  'wrong_item',
  'more_than_ordered',
  /** A quantity above 1 while `shipping.allowMultipleQty` is off. */
  'qty_not_allowed',
  /** A serial is awaited and the scan names another product. */
  'serial_required',
  /** The kit parent was scanned before its components (and does not scan the whole kit). */
  'kit_incomplete',
  'pin_required',
  'bad_pin',
  'pin_locked',
  'override_not_allowed',
  'order_shipped',
  'order_cancelled',
  'order_not_picked',
  'order_not_confirmed',
  /** The package weighs more than `shipping.weightTolerancePercent` off its expected weight (a supervisor may approve it). */
  'weight_out_of_tolerance',
  /** `shipping.requireTrackingNumber`: a package has no tracking number. */
  'tracking_number_required',
  /** `shipping.requireDimensions`: a package has no dimensions. */
  'dimensions_required',
  /** The label service did not answer in time, refused, or answered something unusable: the order stays packed. */
  'label_service_failed',
] as const;
