import type { Messages } from '../types';

/** Namespace `errors-shipping`: the station’s refusals (errors); every key starts with `errors-shipping.`. */
export const errorsShipping = {
  // REST packages that do not match the packing (thrown by storage: electron/storage/repos/order-packages.ts assignToPackage).
  'errors-shipping.packages.serialNotPacked': 'serial {serial} is not packed on this order',
  'errors-shipping.packages.cannotSplit': '{sku}: {qty} cannot be split from a scan of {units} units',
  'errors-shipping.packages.packedWithoutSerial': '{sku}: only {packed} of {qty} units are packed without a serial',
} as const satisfies Messages;
