import { StationError } from '../../../shared/api/errors';
import { msg } from '../../../shared/i18n/message';
import type { OptionValues } from '../../../shared/options/registry';
import { prompted, type ReturnState } from '../../../shared/workflows/lifecycle';
import { getReturn, returnLines, returnOrderLines, type ReturnHeader, type ReturnOrderLineRow } from '../../storage/repos/returns';
import type { Db } from '../../storage/schema';

/** What a scan on an RMA sees: its header, the order's lines and the options in force. */
export interface ReturnContext {
  rma: ReturnHeader;
  lines: ReturnOrderLineRow[];
  options: OptionValues;
}

export async function loadReturnContext(db: Db, rmaNumber: string, options: OptionValues): Promise<ReturnContext> {
  const rma = await getReturn(db, rmaNumber);
  if (!rma) throw new StationError('not_found', msg('errors-stock.returns.noRma', { rma: rmaNumber }));
  return { rma, lines: await returnOrderLines(db, rma.order_id), options };
}

/** The order line a returned unit of this product belongs to: one with units still out, else the first. */
export function orderLineFor(ctx: ReturnContext, productId: number): ReturnOrderLineRow | undefined {
  const lines = ctx.lines.filter((l) => l.product_id === productId);
  return lines.find((l) => l.returned < l.shipped) ?? lines[0];
}

export async function buildReturnState(db: Db, ctx: ReturnContext, pendingSku: string | null): Promise<ReturnState> {
  const lines = await returnLines(db, ctx.rma.id);
  const closed = ctx.rma.status === 'closed';
  const step: ReturnState['step'] = closed ? { kind: 'closed' } : pendingSku ? { kind: 'serial', sku: pendingSku } : { kind: 'item' };
  const prompt = closed
    ? msg('verdicts-stock.returns.prompt.closed', { rma: ctx.rma.rma_number, status: ctx.rma.cancelled_at ? 'cancelled' : 'closed' })
    : pendingSku
      ? msg('verdicts-stock.returns.prompt.serial', { sku: pendingSku })
      : msg('verdicts-stock.returns.prompt.item', { order: ctx.rma.order_number });
  return {
    rma_number: ctx.rma.rma_number,
    order_number: ctx.rma.order_number,
    status: ctx.rma.cancelled_at ? 'cancelled' : ctx.rma.status,
    reason: ctx.rma.reason,
    created_at: ctx.rma.created_at,
    closed_at: ctx.rma.closed_at,
    validation: ctx.options['returns.requireSerialValidation'],
    order_lines: ctx.lines.map(({ product_id: _p, unit_price: _u, ...l }) => l),
    lines,
    step,
    ...prompted(prompt),
    credit_total: Math.round(lines.reduce((n, l) => n + (l.credit_amount ?? 0) * l.qty, 0) * 100) / 100,
  };
}
