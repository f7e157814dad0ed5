import type { Translation } from '../types';
import type { errorsStation as en } from '../en/errors-station';

export const errorsStation: Translation<typeof en> = {
};
