/**
 * Reason codes in words. Verdicts carry a specific sentence from the station; this module gives
 * each reason code its general sentence (shown on hover, with the code kept for support) and
 * holds every other UI sentence about refusals, so issue 21 translates one place.
 */
export const REASON_WORDS: Record<string, string> = {
  // The scan itself
  empty: 'The scan was empty.',
  too_long: 'The scan is too long to be a barcode.',
  control_character: 'The scan holds a character no barcode has.',
  bad_barcode: 'The barcode could not be read.',
  unknown_product: 'No product has this code.',
  unknown_document: 'No document has this number.',
  bad_quantity: 'That is not a quantity of whole units.',
  // Serial rules
  invalid_characters: 'The serial holds characters it may not.',
  bad_length: 'The serial has the wrong length.',
  bad_pattern: 'The serial does not follow its pattern.',
  looks_like_upc: 'That is a product code, not a serial.',
  looks_like_document: 'That is a document number, not a serial.',
  // Receiving
  not_on_po: 'The product is not on this purchase order.',
  over_quantity: 'That would receive more than ordered.',
  duplicate_in_po: 'The serial was already scanned on this purchase order.',
  duplicate_for_product: 'The serial was received before for this product.',
  duplicate_other_product: 'The serial belongs to another product.',
  not_expected: 'The serial is not on the list of expected serials.',
  bin_required: 'Scan the bin first.',
  unknown_bin: 'No bin has this code.',
  measure_required: 'Weigh the product first.',
  storage_unavailable: 'The database cannot be reached: nothing was recorded.',
  serials_pending: 'A serial is awaited for the product scanned before.',
  po_closed: 'The purchase order is closed.',
  serial_where_product_expected: 'A serial of this document was scanned where a product is expected.',
  // Shipping
  not_in_stock: 'The serial is not in stock.',
  duplicate_in_order: 'The serial is already packed in this order.',
  already_shipped: 'The serial has shipped already.',
  wrong_product: 'The serial belongs to another product.',
  wrong_item: 'The item is not on this order.',
  more_than_ordered: 'That is more than ordered.',
  qty_not_allowed: 'Quantities are off here: scan each unit.',
  serial_required: 'A serial number is needed here.',
  kit_incomplete: 'Scan the kit’s components first.',
  pin_required: 'A supervisor PIN is needed.',
  bad_pin: 'The supervisor PIN is wrong.',
  pin_locked: 'Supervisor approval is locked for a minute.',
  weight_out_of_tolerance: 'The package weight is outside the expected range.',
  override_not_allowed: 'Overrides are off at this station.',
  order_shipped: 'The order has shipped.',
  order_cancelled: 'The order is cancelled.',
  order_not_picked: 'The order is not picked yet.',
  order_not_confirmed: 'The order is not confirmed yet.',
  all_units_have_serials: 'Every received unit has a serial already.',
  tracking_number_required: 'Every package needs a tracking number.',
  dimensions_required: 'Every package needs its dimensions.',
  label_service_failed: 'The label service gave no labels: the order stays packed.',
  // Returns, transfers, counts
  not_shipped_on_order: 'The serial did not ship on this order.',
  not_at_source: 'The serial is not at the source location.',
  same_location: 'Source and destination are the same.',
  unknown_serial: 'The serial is not in the ledger.',
  not_on_order: 'The product is not on this order.',
  over_returned: 'More units than shipped would come back.',
  already_returned: 'The serial was returned already.',
  not_returnable: 'The unit cannot be returned.',
  rma_closed: 'The RMA is closed.',
  transfer_closed: 'The transfer is closed.',
  already_in_stock: 'The serial is in stock already.',
  already_counted: 'The serial is counted already.',
  pool_limit: 'The pool has reached its limit.',
  // Station errors (requests refused)
  sign_in_required: 'Sign in first.',
  forbidden: 'You may not do this.',
  unauthenticated: 'Not signed in, or a wrong PIN.',
  locked: 'Locked after too many wrong PINs.',
  conflict: 'That clashes with the current state.',
  not_found: 'Not found.',
  validation: 'Some input is missing or wrong.',
};

/** The general sentence of a reason code; an unknown code (a newer station) is named as such. */
export function reasonWords(code: string): string {
  return REASON_WORDS[code] ?? 'Refused.';
}

/** The hover text of a verdict: the reason in words and the code for support. */
export function reasonTooltip(code: string): string {
  return `${reasonWords(code)} Support code: ${code}.`;
}

/** Why the scan router refused a scan (it never shows the scan: it may have been a PIN). */
export const REFUSAL_WORDS = {
  no_handler: 'This screen takes no scans.',
  field_refused: 'This field takes a number: the scan was not typed into it.',
  secret_field_gone: 'The scan was meant for a PIN field that no longer has focus: it was not used.',
} as const;
