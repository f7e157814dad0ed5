import type { Translation } from '../types';
import type { verdictsShipping as en } from '../en/verdicts-shipping';

export const verdictsShipping: Translation<typeof en> = {
};
