import type { Translation } from '../types';
import type { errorsShipping as en } from '../en/errors-shipping';

export const errorsShipping: Translation<typeof en> = {
  'errors-shipping.packages.serialNotPacked': 'el número de serie {serial} no está embalado en este pedido',
  'errors-shipping.packages.cannotSplit': '{sku}: no se {qty, plural, one {puede separar # unidad} other {pueden separar # unidades}} de un escaneo de {units, plural, one {# unidad} other {# unidades}}',
  'errors-shipping.packages.packedWithoutSerial': '{sku}: solo {packed} de {qty, plural, one {# unidad está embalada} other {# unidades están embaladas}} sin número de serie',
};
