import type { Translation } from '../types';
import type { errorsImport as en } from '../en/errors-import';

export const errorsImport: Translation<typeof en> = {
};
