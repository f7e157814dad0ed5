import { english, msg, type Message } from '../../../shared/i18n/message';
import type { OrderDisplayStatus, PackageContents, ShipmentSummary, ShippingState, ShippingStep } from '../../../shared/workflows/shipping';

/** What the package step shows besides the prompt: when it began, the package before, the expected weight. */
export type PackageStepInfo = Omit<Extract<ShippingStep, { kind: 'package' }>, 'kind'>;
import type { OrderStatus } from '../../../shared/domain/types';
import type { OrderContext } from './order-context';
import type { Pending } from './pending';
import { buildRows, orderComplete, rowView, visibleRows } from './rows';

export function displayStatus(o: { status: OrderStatus; picked: boolean }): OrderDisplayStatus {
  if (o.status === 'shipped' || o.status === 'cancelled' || o.status === 'in_progress') return o.status;
  return o.picked ? 'picked' : 'unpicked';
}

/** The packing not shipped yet: its packages, the one items go into now, and whether the packer chose to ship part of the order. */
export interface Packing {
  packages: PackageContents[];
  current: number;
  partial: boolean;
}

/** Everything is scanned and confirmed (or the packer ships what is packed), nothing waits for a serial, not shipped: weigh and ship. */
export function atPackageStep(ctx: OrderContext, pending: Pending | null, packing: Packing): boolean {
  if (ctx.order.status === 'shipped' || pending?.units[0]) return false;
  if (packing.partial && ctx.options['shipping.allowPartial'] && packing.packages.length > 0) return true;
  return ctx.order.confirmed && orderComplete(buildRows(ctx));
}

/**
 * The step the wizard is at, and the sentence shown above the Scan field. Its keys are
 * `verdicts-shipping.prompt.<step>`; open.allScanned repeats them (shipping-workflow.ts).
 */
export function stepOf(ctx: OrderContext, pending: Pending | null, pkg: PackageStepInfo | null): { step: ShippingStep; prompt: Message } {
  // "package 2 of 3", or "the package" when there is one.
  const which = (p: PackageStepInfo) => ({ multi: p.package_count > 1 ? 'yes' : 'no', no: p.package_no, count: p.package_count });
  const number = ctx.order.order_number;
  if (ctx.order.status === 'shipped') return { step: { kind: 'shipped' }, prompt: msg('verdicts-shipping.prompt.shipped', { order: number }) };
  const head = pending?.units[0];
  if (pending && head) {
    const index = pending.total - pending.units.length + 1;
    return {
      step: { kind: 'serial', row: head.row, sku: head.sku, index, of: pending.total },
      prompt: msg('verdicts-shipping.prompt.serial', { sku: head.sku, index, total: pending.total }),
    };
  }
  if (pkg && !orderComplete(buildRows(ctx))) {
    return { step: { kind: 'package', ...pkg }, prompt: msg('verdicts-shipping.prompt.partial', { order: number, ...which(pkg) }) };
  }
  if (orderComplete(buildRows(ctx))) {
    if (!ctx.order.confirmed) return { step: { kind: 'confirm' }, prompt: msg('verdicts-shipping.prompt.confirm', { order: number }) };
    if (!pkg) throw new Error(`package step of ${number} without its weighing`);
    const last = pkg.package_no < pkg.package_count ? 'no' : 'yes';
    return { step: { kind: 'package', ...pkg }, prompt: msg('verdicts-shipping.prompt.package', { order: number, ...which(pkg), last }) };
  }
  return { step: { kind: 'items' }, prompt: msg('verdicts-shipping.prompt.items', { order: number }) };
}

export function buildState(ctx: OrderContext, pending: Pending | null, shipment: ShipmentSummary | null, pkg: PackageStepInfo | null, packing: Packing): ShippingState {
  const rows = visibleRows(ctx, buildRows(ctx));
  const units = rows.filter((r) => r.kind !== 'kit');
  const { step, prompt } = stepOf(ctx, pending, pkg);
  return {
    order_number: ctx.order.order_number,
    status: ctx.order.status,
    display_status: displayStatus(ctx.order),
    picked: ctx.order.picked,
    confirmed: ctx.order.confirmed,
    warehouse: ctx.order.warehouse,
    lines: rows.map((r) => rowView(ctx, r)),
    required: units.reduce((n, r) => n + r.required, 0),
    scanned: units.reduce((n, r) => n + Math.min(r.scanned, r.required), 0),
    step,
    prompt: english(prompt),
    prompt_key: prompt.key,
    prompt_params: prompt.params,
    shipment,
    packages: packing.packages,
    current_package: packing.current,
    can_ship_partial: ctx.options['shipping.allowPartial'] && ctx.order.status !== 'shipped' && packing.packages.length > 0 && !orderComplete(buildRows(ctx)),
  };
}
