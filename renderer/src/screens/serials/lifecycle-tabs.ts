import type { SerialsTab } from './tab-types';

/** Serials screen tabs of the serial lifecycle (history, report, stock, transactions…). */
export const lifecycleTabs: SerialsTab[] = [];
