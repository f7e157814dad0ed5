import { AdjustTab } from './adjust/AdjustTab';
import { HistoryTab } from './history/HistoryTab';
import { ReportTab } from './report/ReportTab';
import { StockTab } from './stock/StockTab';
import type { SerialsTab } from './tab-types';
import { TransactionsTab } from './transactions/TransactionsTab';
import { TransfersTab } from './transfers/TransfersTab';

/** Serials screen tabs of the serial lifecycle (history, report, stock, transactions, transfers, adjustments). */
export const lifecycleTabs: SerialsTab[] = [
  { id: 'history', label: 'History', component: HistoryTab },
  { id: 'report', label: 'Report', component: ReportTab },
  { id: 'stock', label: 'Stock', component: StockTab },
  { id: 'transactions', label: 'Transactions', component: TransactionsTab },
  { id: 'transfers', label: 'Transfers', component: TransfersTab },
  { id: 'adjust', label: 'Adjust & count', component: AdjustTab },
];
