import type { Translation } from '../types';
import type { errorsShipping as en } from '../en/errors-shipping';

export const errorsShipping: Translation<typeof en> = {
};
