import type { Translation } from '../types';
import type { errorsShipping as en } from '../en/errors-shipping';

export const errorsShipping: Translation<typeof en> = {
  'errors-shipping.packages.serialNotPacked': 'Seriennummer {serial} ist in diesem Auftrag nicht verpackt',
  'errors-shipping.packages.cannotSplit': '{sku}: {qty, plural, one {# Einheit kann} other {# Einheiten können}} nicht von einem Scan mit {units, plural, one {# Einheit} other {# Einheiten}} abgeteilt werden',
  'errors-shipping.packages.packedWithoutSerial': '{sku}: nur {packed} von {qty, plural, one {# Einheit ist} other {# Einheiten sind}} ohne Seriennummer verpackt',
};
