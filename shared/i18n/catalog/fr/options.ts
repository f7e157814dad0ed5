import type { Translation } from '../types';
import type { options as en } from '../en/options';

export const options: Translation<typeof en> = {
};
