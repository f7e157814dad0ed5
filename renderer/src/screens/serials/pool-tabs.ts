import { PoolsTab } from './pools/PoolsTab';
import type { SerialsTab } from './tab-types';

/** Serials screen tabs of serial pools and labels. */
export const poolTabs: SerialsTab[] = [{ id: 'pools', labelKey: 'ui-serials.tab.pools', component: PoolsTab }];
