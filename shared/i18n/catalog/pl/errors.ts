import type { Translation } from '../types';
import type { errors as en } from '../en/errors';

export const errors: Translation<typeof en> = {
};
