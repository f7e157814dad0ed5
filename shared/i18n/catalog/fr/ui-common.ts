import type { Translation } from '../types';
import type { uiCommon as en } from '../en/ui-common';

export const uiCommon: Translation<typeof en> = {
};
