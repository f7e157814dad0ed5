import type { Translation } from '../types';
import type { uiReturns as en } from '../en/ui-returns';

export const uiReturns: Translation<typeof en> = {
};
