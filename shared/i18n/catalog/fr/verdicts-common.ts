import type { Translation } from '../types';
import type { verdictsCommon as en } from '../en/verdicts-common';

export const verdictsCommon: Translation<typeof en> = {
};
