import type { Translation } from '../types';
import type { errorsStock as en } from '../en/errors-stock';

export const errorsStock: Translation<typeof en> = {
};
