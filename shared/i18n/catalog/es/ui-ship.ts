import type { Translation } from '../types';
import type { uiShip as en } from '../en/ui-ship';

export const uiShip: Translation<typeof en> = {
};
