import type { Translation } from '../types';
import type { errorsReceiving as en } from '../en/errors-receiving';

export const errorsReceiving: Translation<typeof en> = {
};
