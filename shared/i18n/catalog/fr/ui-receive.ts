import type { Translation } from '../types';
import type { uiReceive as en } from '../en/ui-receive';

export const uiReceive: Translation<typeof en> = {
};
