import type { Translation } from '../types';
import type { errorsStorage as en } from '../en/errors-storage';

export const errorsStorage: Translation<typeof en> = {
};
