import { StationError } from '../../../shared/api/errors';
import { msg } from '../../../shared/i18n/message';
import type { ExportFilter, SerialReportFilter } from '../../../shared/workflows/lifecycle-report';
import { exportJobsOf } from '../../export/export-jobs';
import { serialTimelines, serialTransactions, stockLineSerials, stockLines } from '../../storage/repos/history';
import { getBin, getWarehouseByCode, listBins, listWarehouses } from '../../storage/repos/places';
import { getProductBySku } from '../../storage/repos/products';
import { serialReportPage } from '../../storage/repos/reports';
import { listOpenReturns } from '../../storage/repos/returns-cancel';
import { profitReport } from '../../storage/repos/reports-profit';
import { actorOf } from '../../workflows/kit/actor';
import { workflowOf } from '../../workflows/kit/workflow-registry';
import { reportContext } from '../../workflows/reports/report-context';
import { cancelRma, creditMemo, findReturn, restock } from '../../workflows/returns/returns-admin';
import { ReturnsWorkflow } from '../../workflows/returns/returns-workflow';
import { adjust } from '../../workflows/transfers/adjust';
import { CycleCounts } from '../../workflows/transfers/cycle-count';
import { TransferWorkflow } from '../../workflows/transfers/transfer-workflow';
import type { Handlers, RequestContext } from '../dispatcher';
import type { Station } from '../station';

type LifecycleHandlers = Pick<
  Handlers,
  (`returns.${string}` | `transfers.${string}` | `stock.${string}` | `counts.${string}` | `serials.history` | `reports.${string}` | `exports.${string}`) & keyof Handlers
>;

export const returnsWorkflow = (station: Station): ReturnsWorkflow => workflowOf(station, 'returns', () => new ReturnsWorkflow(station));
export const transferWorkflow = (station: Station): TransferWorkflow => workflowOf(station, 'transfers', () => new TransferWorkflow(station));
const cycleCounts = (station: Station): CycleCounts => workflowOf(station, 'cycle-counts', () => new CycleCounts(station));

/** Drops keys whose value is undefined (optional fields under exactOptionalPropertyTypes). */
function defined<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}

/** Handlers of the lifecycle requests (shared/api/requests/lifecycle.ts). */
export function lifecycleHandlers(station: Station): LifecycleHandlers {
  const db = () => station.database.db;
  const actor = (ctx: RequestContext) => actorOf(station, ctx.apiKeyName);
  const returns = () => returnsWorkflow(station);
  const transfers = () => transferWorkflow(station);
  return {
    'returns.find': ({ query }) => findReturn(returns(), query),
    'returns.create': (input, ctx) => returns().create(defined(input), actor(ctx)),
    'returns.open': ({ rma_number }) => returns().state(rma_number),
    'returns.scan': ({ rma_number, ...input }, ctx) => returns().scan(rma_number, defined(input), actor(ctx)),
    'returns.cancelPending': ({ rma_number }) => returns().cancelPending(rma_number),
    'returns.restock': ({ rma_number, ...input }, ctx) => restock(returns(), rma_number, defined(input), actor(ctx)),
    'returns.creditMemo': ({ rma_number }) => creditMemo(returns(), rma_number),
    'returns.list': async () => ({ returns: await listOpenReturns(db()) }),
    'returns.cancel': ({ rma_number }, ctx) => cancelRma(returns(), rma_number, actor(ctx)),

    'transfers.list': async () => ({ transfers: await transfers().list() }),
    'transfers.create': (input, ctx) => transfers().create(defined(input), actor(ctx)),
    'transfers.open': ({ transfer_number }) => transfers().state(transfer_number),
    'transfers.scan': ({ transfer_number, ...input }, ctx) => transfers().scan(transfer_number, defined(input), actor(ctx)),
    'transfers.cancelPending': ({ transfer_number }) => transfers().cancelPending(transfer_number),
    'transfers.finish': ({ transfer_number }) => transfers().finish(transfer_number),
    'transfers.receive': ({ transfer_number }, ctx) => transfers().receive(transfer_number, actor(ctx)),

    'stock.adjust': (input, ctx) => adjust(station, defined(input), actor(ctx)),
    'counts.start': ({ warehouse, bin }) => cycleCounts(station).start(warehouse, bin),
    'counts.scan': ({ warehouse, bin, code, qty }, ctx) => cycleCounts(station).scan(warehouse, bin, code, actor(ctx), qty),
    'counts.review': ({ warehouse, bin }) => cycleCounts(station).review(warehouse, bin),
    'counts.finish': ({ warehouse, bin, pin }, ctx) => cycleCounts(station).finish(warehouse, bin, actor(ctx), pin),
    'counts.cancel': async ({ warehouse, bin }) => {
      await cycleCounts(station).cancel(warehouse, bin);
      return { cancelled: true as const };
    },

    'stock.list': async ({ bin, ...filter }) => {
      const lines = await stockLines(db(), defined(filter));
      return { lines: bin === undefined ? lines : lines.filter((l) => l.bin === bin) };
    },
    'stock.serials': async ({ sku, warehouse, bin, offset, limit }) => {
      const product = await getProductBySku(db(), sku);
      const w = await getWarehouseByCode(db(), warehouse);
      const b = w && bin !== null ? await getBin(db(), w.id, bin) : undefined;
      if (!product || !w || (bin !== null && !b)) throw new StationError('not_found', msg('errors-station.stock.noStockLine', { sku, place: `${warehouse}${bin ? `/${bin}` : ''}` }));
      return stockLineSerials(db(), { productId: product.id, warehouseId: w.id, binId: b?.id ?? null, offset, limit });
    },
    'stock.transactions': (q) => serialTransactions(db(), defined(q)),
    'stock.places': async () => {
      const warehouses = await listWarehouses(db());
      return { warehouses: await Promise.all(warehouses.map(async (w) => ({ code: w.code, name: w.name, bins: (await listBins(db(), w.id)).map((b) => b.code) }))) };
    },

    'serials.history': async ({ serial }) => {
      const serials = await serialTimelines(db(), serial);
      if (serials.length === 0) throw new StationError('not_found', msg('errors-station.serials.notInLedger', { serial }));
      return { serials };
    },
    'reports.serials': async ({ filter, offset, limit }) => serialReportPage(db(), await reportContext(station), defined(filter) as SerialReportFilter, offset, limit),
    'reports.profit': (f) => profitReport(db(), defined(f), station.options.get('reports.profitBySerial')),

    'exports.start': ({ kind, format, filter }) => exportJobsOf(station).start(kind, format, defined(filter) as ExportFilter),
    'exports.cancel': ({ id }) => exportJobsOf(station).cancel(id),
    'exports.list': () => ({ jobs: exportJobsOf(station).list() }),
  };
}
