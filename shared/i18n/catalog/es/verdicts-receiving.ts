import type { Translation } from '../types';
import type { verdictsReceiving as en } from '../en/verdicts-receiving';

export const verdictsReceiving: Translation<typeof en> = {
};
