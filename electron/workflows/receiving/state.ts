import { english, msg, type Message } from '../../../shared/i18n/message';
import type { OpenSessionRef } from '../../storage/repos/receiving-queries';
import type { ReceivingState, ReceivingStep } from '../../../shared/workflows/receiving';
import { lineView, type PoContext } from './po-context';
import type { Pending } from './pending';

/** The step the wizard is at, and the sentence shown above the Scan field. */
export function stepOf(ctx: PoContext, session: OpenSessionRef | undefined, pending: Pending | null): { step: ReceivingStep; prompt: Message } {
  if (ctx.options['receiving.requireBin'] && !session?.bin) {
    return { step: { kind: 'bin' }, prompt: msg('verdicts-receiving.prompt.bin', { po: ctx.po.po_number }) };
  }
  if (pending?.kind === 'measure') {
    return {
      step: { kind: 'measure', line_id: pending.lineId, sku: pending.sku, qty: pending.qty },
      prompt: msg('verdicts-receiving.prompt.weigh', { sku: pending.sku }),
    };
  }
  if (pending?.kind === 'serial') {
    const index = pending.done + 1;
    return {
      step: { kind: 'serial', line_id: pending.lineId, sku: pending.sku, index, of: pending.total, extra: false },
      prompt: msg('verdicts-receiving.prompt.serial', { sku: pending.sku, index, total: pending.total }),
    };
  }
  if (pending?.kind === 'extra' && ctx.options['receiving.allowMoreSerialsThanQty']) {
    return { step: { kind: 'product' }, prompt: msg('verdicts-receiving.prompt.extra', { sku: pending.sku }) };
  }
  return { step: { kind: 'product' }, prompt: msg('verdicts-receiving.prompt.product') };
}

export function buildState(ctx: PoContext, session: OpenSessionRef | undefined, closedSessions: number, pending: Pending | null): ReceivingState {
  const { step, prompt: promptMessage } = stepOf(ctx, session, pending);
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
    prompt: english(promptMessage),
    prompt_message: promptMessage,
    skip_serials_for_vendor: ctx.skipVendor,
  };
}
