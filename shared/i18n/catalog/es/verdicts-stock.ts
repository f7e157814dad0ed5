import type { Translation } from '../types';
import type { verdictsStock as en } from '../en/verdicts-stock';

export const verdictsStock: Translation<typeof en> = {
};
