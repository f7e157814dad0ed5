import type { Translation } from '../types';
import type { errorsShipping as en } from '../en/errors-shipping';

export const errorsShipping: Translation<typeof en> = {
  'errors-shipping.packages.serialNotPacked': 'numer seryjny {serial} nie jest spakowany w tym zamówieniu',
  'errors-shipping.packages.cannotSplit': '{sku}: nie można wydzielić {qty} szt. ze skanu {units} szt.',
  'errors-shipping.packages.packedWithoutSerial': '{sku}: bez numeru seryjnego spakowano tylko {packed} z {qty} szt.',
};
