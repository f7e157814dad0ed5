/** Reason codes of the Scan & Ship workflow. */
export const SHIPPING_REASONS = ['not_in_stock', 'duplicate_in_order', 'already_shipped', 'wrong_product', 'wrong_item', 'not_on_order', 'in_other_order', 'pin_required', 'bad_pin', 'pin_locked', 'order_shipped', 'order_not_confirmed', 'order_not_picked'] as const;
