import type { Translation } from '../types';
import type { uiSettings as en } from '../en/ui-settings';

export const uiSettings: Translation<typeof en> = {
};
