import type { Translation } from '../types';
import type { uiSerials as en } from '../en/ui-serials';

export const uiSerials: Translation<typeof en> = {
};
