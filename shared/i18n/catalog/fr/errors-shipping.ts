import type { Translation } from '../types';
import type { errorsShipping as en } from '../en/errors-shipping';

export const errorsShipping: Translation<typeof en> = {
  'errors-shipping.packages.serialNotPacked': 'le numéro de série {serial} n’est pas emballé dans cette commande',
  'errors-shipping.packages.cannotSplit': '{sku} : impossible de séparer {qty, plural, one {# unité} other {# unités}} d’un scan de {units, plural, one {# unité} other {# unités}}',
  'errors-shipping.packages.packedWithoutSerial': '{sku} : seulement {packed} sur {qty, plural, one {# unité est emballée} other {# unités sont emballées}} sans numéro de série',
};
