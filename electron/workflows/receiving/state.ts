import type { OpenSessionRef } from '../../storage/repos/receiving-queries';
import type { ReceivingState, ReceivingStep } from '../../../shared/workflows/receiving';
import { lineView, type PoContext } from './po-context';
import type { Pending } from './pending';

/** The step the wizard is at, and the sentence shown above the Scan field. */
export function stepOf(ctx: PoContext, session: OpenSessionRef | undefined, pending: Pending | null): { step: ReceivingStep; prompt: string } {
  if (ctx.options['receiving.requireBin'] && !session?.bin) {
    return { step: { kind: 'bin' }, prompt: `Scan or type the bin for ${ctx.po.po_number}.` };
  }
  if (pending?.kind === 'measure') {
    return {
      step: { kind: 'measure', line_id: pending.lineId, sku: pending.sku, qty: pending.qty },
      prompt: `Weigh one unit of ${pending.sku}: put it on the scale, or type its weight and dimensions.`,
    };
  }
  if (pending?.kind === 'serial') {
    const index = pending.done + 1;
    return {
      step: { kind: 'serial', line_id: pending.lineId, sku: pending.sku, index, of: pending.total, extra: false },
      prompt: `Scan the serial number of ${pending.sku} (${index} of ${pending.total}).`,
    };
  }
  if (pending?.kind === 'extra' && ctx.options['receiving.allowMoreSerialsThanQty']) {
    return {
      step: { kind: 'product' },
      prompt: `Scan the next product — or another serial of ${pending.sku} to receive one more unit.`,
    };
  }
  return { step: { kind: 'product' }, prompt: 'Scan a product (SKU, UPC, GTIN, alias or GS1 barcode).' };
}

export function buildState(ctx: PoContext, session: OpenSessionRef | undefined, closedSessions: number, pending: Pending | null): ReceivingState {
  const { step, prompt } = stepOf(ctx, session, pending);
  return {
    po_number: ctx.po.po_number,
    vendor: ctx.po.vendor,
    warehouse: ctx.po.warehouse,
    vendor_invoice: ctx.po.vendor_invoice,
    tracking_number: ctx.po.tracking_number,
    status: ctx.po.status,
    session: session ? { id: session.id, opened_at: session.opened_at, received_by: session.received_by, bin: session.bin } : null,
    closed_sessions: closedSessions,
    lines: ctx.lines.map((l) => lineView(ctx, l)),
    step,
    prompt,
    skip_serials_for_vendor: ctx.skipVendor,
  };
}
