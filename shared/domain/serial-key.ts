import type { SerialKeyPolicy } from './types';

/**
 * Case-folded form of a serial, used for case-insensitive lookups and keys. Plain lower-casing:
 * serials are GS1 AI (21) characters in practice, where it is exact and stable across runtimes.
 */
export function foldSerial(value: string): string {
  return value.toLowerCase();
}

/**
 * The value stored in `serials.unique_key` (UNIQUE index). Two serials collide exactly when their
 * keys are equal: scope `product` prefixes the product id, case-insensitive mode folds the value.
 */
export function serialUniqueKey(productId: number, value: string, policy: SerialKeyPolicy): string {
  const v = policy.caseSensitive ? value : foldSerial(value);
  return policy.uniqueScope === 'product' ? `${productId}:${v}` : v;
}
