import { AdjustTab } from './adjust/AdjustTab';
import { HistoryTab } from './history/HistoryTab';
import { ReportTab } from './report/ReportTab';
import { StockTab } from './stock/StockTab';
import type { SerialsTab } from './tab-types';
import { TransactionsTab } from './transactions/TransactionsTab';
import { TransfersTab } from './transfers/TransfersTab';

/** Serials screen tabs of the serial lifecycle (history, report, stock, transactions, transfers, adjustments). */
export const lifecycleTabs: SerialsTab[] = [
  { id: 'history', labelKey: 'ui-serials.tab.history', component: HistoryTab },
  { id: 'report', labelKey: 'ui-serials.tab.report', component: ReportTab },
  { id: 'stock', labelKey: 'ui-serials.tab.stock', component: StockTab },
  { id: 'transactions', labelKey: 'ui-serials.tab.transactions', component: TransactionsTab },
  { id: 'transfers', labelKey: 'ui-serials.tab.transfers', component: TransfersTab },
  { id: 'adjust', labelKey: 'ui-serials.tab.adjust', component: AdjustTab },
];
