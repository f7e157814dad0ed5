import type { ShippingLine } from '../../../shared/workflows/shipping';
import type { KitCount } from '../../storage/repos/packing';
import type { KitComponentForShipping, OrderLineForShipping, ShippingProduct } from '../../storage/repos/shipping-queries';
import type { OrderContext } from './order-context';

/** One row of the order: an ordinary line, a kit parent, or a kit component (see ShippingLine). */
export interface Row {
  key: string;
  kind: ShippingLine['kind'];
  line: OrderLineForShipping;
  /** What is scanned on this row: the line's product, or the component. */
  product: ShippingProduct & { product_id: number };
  required: number;
  scanned: number;
  remaining: number;
  serials: string[];
  component: KitComponentForShipping | null;
}

/** A unit of this product asks for its serial at the packing bench. */
export function serialRequired(p: Pick<ShippingProduct, 'tracking' | 'requires_serial_scan'>): boolean {
  return p.tracking !== 'none' && p.requires_serial_scan;
}

/** The kit's own barcode closes each kit unless the options count a kit complete with its components. */
export function kitParentNeeded(ctx: Pick<OrderContext, 'options'>): boolean {
  return !ctx.options['shipping.kits.autoScanEmpty'] && !ctx.options['shipping.kits.hideParent'];
}

/** The kit's components on this line, a replaced component given as its replacement. */
export function componentsOf(ctx: OrderContext, line: OrderLineForShipping): KitComponentForShipping[] {
  const comps = ctx.kits.get(line.product_id) ?? [];
  const swaps = ctx.kitSwaps.get(line.line_id);
  if (!swaps) return comps;
  return comps.map((c) => {
    const r = swaps.get(c.product_id);
    return r ? { ...r, parent_id: c.parent_id, qty: c.qty, is_main: c.is_main, replaced_from: c.sku } : c;
  });
}

export function isKitLine(ctx: OrderContext, line: OrderLineForShipping): boolean {
  return componentsOf(ctx, line).length > 0;
}

export function kitCount(ctx: OrderContext, line: OrderLineForShipping): KitCount {
  return {
    parentProductId: line.product_id,
    components: componentsOf(ctx, line).map((c) => ({ productId: c.product_id, qty: c.qty })),
    parentNeeded: kitParentNeeded(ctx),
  };
}

function packedOn(ctx: OrderContext, lineId: number, productId: number | null): { qty: number; serials: string[] } {
  let qty = 0;
  const serials: string[] = [];
  for (const p of ctx.packed) {
    if (p.order_line_id !== lineId || (productId !== null && p.product_id !== productId)) continue;
    qty += p.qty;
    if (p.serial !== null) serials.push(p.serial);
  }
  return { qty, serials };
}

/** Every row of the order, kits expanded into their components, in line order. */
export function buildRows(ctx: OrderContext): Row[] {
  const rows: Row[] = [];
  for (const line of ctx.lines) {
    const comps = componentsOf(ctx, line);
    if (comps.length === 0) {
      const { qty, serials } = packedOn(ctx, line.line_id, null);
      rows.push({ key: String(line.line_id), kind: 'item', line, product: line, required: line.qty, scanned: qty, remaining: Math.max(0, line.qty - qty), serials, component: null });
      continue;
    }
    const parts = comps.map((c): Row => {
      const { qty, serials } = packedOn(ctx, line.line_id, c.product_id);
      const required = c.qty * line.qty;
      return { key: `${line.line_id}/${c.product_id}`, kind: 'component', line, product: c, required, scanned: qty, remaining: Math.max(0, required - qty), serials, component: c };
    });
    const byComponents = Math.min(...parts.map((r) => Math.floor(r.scanned / (r.component?.qty ?? 1))));
    const kits = kitParentNeeded(ctx) ? Math.min(byComponents, parentScans(ctx, line)) : byComponents;
    rows.push({ key: String(line.line_id), kind: 'kit', line, product: line, required: line.qty, scanned: kits, remaining: Math.max(0, line.qty - kits), serials: [], component: null }, ...parts);
  }
  return rows;
}

/** Kits of this line whose components are all scanned (the parent's own scan aside). */
export function kitsByComponents(rows: Row[], lineId: number): number {
  const comps = rows.filter((r) => r.kind === 'component' && r.line.line_id === lineId && r.component);
  if (comps.length === 0) return 0;
  return Math.min(...comps.map((r) => Math.floor(r.scanned / (r.component?.qty ?? 1))));
}

/** Kit parent scans recorded on this line (each closes one kit when the parent is needed). */
export function parentScans(ctx: OrderContext, line: OrderLineForShipping): number {
  return packedOn(ctx, line.line_id, line.product_id).qty;
}

export function rowView(ctx: OrderContext, row: Row): ShippingLine {
  return {
    row: row.key,
    line_id: row.line.line_id,
    line_no: row.line.line_no,
    kind: row.kind,
    sku: row.product.sku,
    name: row.product.name,
    tracking: row.product.tracking,
    required: row.required,
    scanned: row.scanned,
    remaining: row.remaining,
    serial_required: row.kind !== 'kit' && serialRequired(row.product),
    serials: row.serials,
    replaced_from: row.kind === 'component' ? (row.component?.replaced_from ?? null) : row.line.replaced_from,
    kit_sku: row.kind === 'component' ? row.line.sku : null,
    is_main: row.component?.is_main ?? false,
  };
}

/** Visible rows: the kit parent is left out when `shipping.kits.hideParent` is on. */
export function visibleRows(ctx: OrderContext, rows: Row[]): Row[] {
  return ctx.options['shipping.kits.hideParent'] ? rows.filter((r) => r.kind !== 'kit') : rows;
}

/** Every row scanned in full (kit lines by complete kits). */
export function orderComplete(rows: Row[]): boolean {
  return rows.every((r) => r.remaining === 0);
}

/** "SCN-100 ×1, LBL-4X6 ×2": what is still to scan on these rows. */
export function stillToScan(rows: Row[]): string {
  return rows
    .filter((r) => r.kind !== 'kit' && r.remaining > 0)
    .map((r) => `${r.product.sku} ×${r.remaining}`)
    .join(', ');
}
