import type { ProductView } from '../../../shared/domain/views';
import { msg } from '../../../shared/i18n/message';
import { accepted, rejected } from '../../../shared/workflows/verdict';
import type { ScanRead } from '../kit/read-scan';
import { completion, packUnits, type PackResult, type PackUnit } from './pack';
import type { SerialUnit } from './pending';
import { kitParentNeeded, kitsByComponents, parentScans, rowView, serialRequired, stillToScan, type Row } from './rows';
import type { Outcome, ScanCtx } from './scan-types';
import { serialScan } from './serial-scan';
import { joined, textOf } from './text';


const unitOf = (row: Row): SerialUnit => ({ row: row.key, lineId: row.line.line_id, productId: row.product.product_id, sku: row.product.sku });

/**
 * A product scanned at the items step: one of the order's lines, a kit component, or a kit
 * parent. Null when the product is on no row (the caller tries replacements, then wrong item).
 */
export async function productScan(sc: ScanCtx, match: ProductView, read: ScanRead | null, qty: number): Promise<Outcome | null> {
  const rows = (kind: Row['kind']) => sc.rows.filter((r) => r.kind === kind && r.product.product_id === match.id);
  const open = (rs: Row[]) => rs.find((r) => r.remaining > 0);
  const items = rows('item');
  const item = open(items);
  if (item) return unitsScan(sc, item, qty, read);
  const comps = rows('component');
  const comp = open(comps);
  if (comp) {
    const kitRow = sc.rows.find((r) => r.kind === 'kit' && r.line.line_id === comp.line.line_id);
    if (comp.component?.is_main && sc.ctx.options['shipping.kits.mainComponentScansWholeKit'] && kitRow) return wholeKit(sc, kitRow, read, match.id);
    return unitsScan(sc, comp, qty, read);
  }
  const kits = rows('kit');
  const kit = open(kits) ?? kits[0];
  if (kit) return kitParentScan(sc, kit, read);
  const done = items[0] ?? comps[0];
  if (done) return { verdict: rejected('more_than_ordered', msg('verdicts-shipping.item.allScanned', { sku: match.sku, required: done.required }), rowView(sc.ctx, done)) };
  return null;
}

/** `qty` units of one row: packed at once, or waiting for their serials. */
export async function unitsScan(sc: ScanCtx, row: Row, qty: number, read: ScanRead | null): Promise<Outcome> {
  const { ctx } = sc;
  const view = rowView(ctx, row);
  const sku = row.product.sku;
  if (qty > 1 && !ctx.options['shipping.allowMultipleQty']) {
    return { verdict: rejected('qty_not_allowed', msg('verdicts-shipping.item.multipleQtyOff', { qty, sku }), view) };
  }
  if (qty > row.remaining) {
    return { verdict: rejected('more_than_ordered', msg('verdicts-shipping.item.moreThanOrdered', { sku, scanned: row.scanned, required: row.required, qty }), view) };
  }
  if (serialRequired(row.product)) {
    const unit = unitOf(row);
    if (read?.gs1 && read.serial && qty === 1) return serialScan(sc, unit, { value: read.serial, lot: read.batch, expiry: read.expiry }, false);
    sc.pending.set(ctx.order.id, { units: Array.from({ length: qty }, () => unit), total: qty });
    return { verdict: accepted(msg('verdicts-shipping.item.scanSerials', { sku, qty }), view) };
  }
  const packed = await packUnits(sc.db, ctx, [{ lineId: row.line.line_id, productId: row.product.product_id, sku, qty }], sc.actor);
  return { verdict: accepted(msg('verdicts-shipping.item.packed', { qty, sku, scanned: row.scanned + qty, required: row.required, complete: completion(packed) }), view) };
}

/**
 * The next whole kit of a kit line at once: components without serials are packed, serialized
 * ones wait for their serials (the scanned product's first; a GS1 barcode's serial fills it).
 */
export async function wholeKit(sc: ScanCtx, kitRow: Row, read: ScanRead | null, scannedProductId: number): Promise<Outcome> {
  const { ctx } = sc;
  const line = kitRow.line;
  const view = rowView(ctx, kitRow);
  const next = kitsByComponents(sc.rows, line.line_id) + 1;
  if (next > line.qty) return { verdict: rejected('more_than_ordered', msg('verdicts-shipping.kit.allScanned', { sku: line.sku, qty: line.qty }), view) };
  const units: PackUnit[] = [];
  const serialUnits: SerialUnit[] = [];
  for (const part of sc.rows.filter((r) => r.kind === 'component' && r.line.line_id === line.line_id)) {
    const need = next * (part.component?.qty ?? 1) - part.scanned;
    if (need <= 0) continue;
    if (serialRequired(part.product)) serialUnits.push(...Array.from({ length: need }, () => unitOf(part)));
    else units.push({ lineId: line.line_id, productId: part.product.product_id, sku: part.product.sku, qty: need });
  }
  if (kitParentNeeded(ctx) && parentScans(ctx, line) < next) units.push({ lineId: line.line_id, productId: line.product_id, sku: line.sku, qty: 1 });
  const result: PackResult = units.length > 0 ? await packUnits(sc.db, ctx, units, sc.actor) : { complete: false, confirmed: false };
  // "CBL-USB ×1, LBL-4X6 ×2": SKUs and counts, the same in every language.
  const packed = units.filter((u) => u.productId !== line.product_id).map((u) => `${u.sku} ×${u.qty}`);
  const kit = { sku: line.sku, next, qty: line.qty, hasPacked: packed.length > 0 ? 'yes' : 'no', packed: packed.join(', ') };
  if (serialUnits.length === 0) return { verdict: accepted(msg('verdicts-shipping.kit.whole', { ...kit, complete: completion(result) }), view) };

  serialUnits.sort((a, b) => Number(b.productId === scannedProductId) - Number(a.productId === scannedProductId));
  sc.pending.set(ctx.order.id, { units: serialUnits, total: serialUnits.length });
  const [first] = serialUnits as [SerialUnit];
  if (read?.gs1 && read.serial && first.productId === scannedProductId) {
    const r = await serialScan(sc, first, { value: read.serial, lot: read.batch, expiry: read.expiry }, true);
    // "<kit>: whole kit 1 of 2 — packed …." and the serial's own verdict: one reply of two sentences (text.ts).
    return { ...r, verdict: { ...r.verdict, ...joined([msg('verdicts-shipping.kit.whole', { ...kit, complete: 'no' }), textOf(r.verdict)]) } };
  }
  return { verdict: accepted(msg('verdicts-shipping.kit.wholeScanSerial', { ...kit, serialSku: first.sku }), view) };
}

/** The kit's own barcode: closes a kit whose components are in, or scans the whole kit when the option says so. */
async function kitParentScan(sc: ScanCtx, kitRow: Row, read: ScanRead | null): Promise<Outcome> {
  const { ctx } = sc;
  const line = kitRow.line;
  const view = rowView(ctx, kitRow);
  if (kitRow.remaining === 0) return { verdict: rejected('more_than_ordered', msg('verdicts-shipping.kit.allScanned', { sku: line.sku, qty: line.qty }), view) };
  const parents = parentScans(ctx, line);
  if (kitParentNeeded(ctx) && kitsByComponents(sc.rows, line.line_id) > parents) {
    const packed = await packUnits(sc.db, ctx, [{ lineId: line.line_id, productId: line.product_id, sku: line.sku, qty: 1 }], sc.actor);
    return { verdict: accepted(msg('verdicts-shipping.kit.parentComplete', { sku: line.sku, kit: parents + 1, qty: line.qty, complete: completion(packed) }), view) };
  }
  if (ctx.options['shipping.kits.parentScansWholeKit']) return wholeKit(sc, kitRow, read, line.product_id);
  const rest = stillToScan(sc.rows.filter((r) => r.kind === 'component' && r.line.line_id === line.line_id));
  const message = kitParentNeeded(ctx)
    ? msg('verdicts-shipping.kit.componentsFirst', { sku: line.sku, rest })
    : msg('verdicts-shipping.kit.throughComponents', { sku: line.sku, rest });
  return { verdict: rejected('kit_incomplete', message, view) };
}
