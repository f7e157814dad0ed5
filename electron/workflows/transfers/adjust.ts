import { hintFeed } from '../../operations/operation-scope';
import { StationError } from '../../../shared/api/errors';
import { checkSerial, serialRuleOf } from '../../../shared/domain/serial-rules';
import type { ProductView } from '../../../shared/domain/views';
import { locationText, type AdjustResult } from '../../../shared/workflows/lifecycle';
import { english, msg, type Message } from '../../../shared/i18n/message';
import type { ReasonCode } from '../../../shared/workflows/verdict';
import type { Station } from '../../backend/station';
import { getBin, getWarehouseByCode } from '../../storage/repos/places';
import { getProductBySku } from '../../storage/repos/products';
import { findSerials } from '../../storage/repos/serials';
import type { Db } from '../../storage/schema';
import { adjustSerial, adjustUnits, type Location } from '../../storage/repos/transfers-stock';
import { writeTransaction } from '../../storage/transaction';
import type { WorkflowActor } from '../kit/actor';
import { journal } from '../kit/journal';
import { readScan } from '../kit/read-scan';
import { resolveProduct } from '../kit/resolve-product';

export interface AdjustInput {
  action: 'add' | 'remove';
  /** A serial, a GS1 barcode with a serial, or the product code of a product without serials. */
  code: string;
  /** The product of a serial new to the ledger. */
  sku?: string;
  warehouse: string;
  bin?: string;
  /** Units of a product without serials (default 1). */
  qty?: number;
  reason: string;
}

export interface ResolvedLocation extends Location {
  warehouse: string;
  bin: string | null;
}

/** A warehouse (and bin) named by code; unknown codes are a validation error on that field. */
export async function resolveLocation(station: Station, warehouse: string, bin?: string): Promise<ResolvedLocation> {
  const db = station.database.db;
  const w = await getWarehouseByCode(db, warehouse);
  if (!w) throw new StationError('validation', msg('errors-stock.noWarehouse', { warehouse }), [{ path: 'warehouse', message: 'unknown warehouse' }]);
  const b = bin ? await getBin(db, w.id, bin) : undefined;
  if (bin && !b) throw new StationError('validation', msg('errors-stock.notBinOf', { bin, warehouse: w.code }), [{ path: 'bin', message: 'unknown bin' }]);
  return { warehouseId: w.id, binId: b?.id ?? null, warehouse: w.code, bin: b?.code ?? null };
}

function result(verdict: AdjustResult['verdict'], reason: ReasonCode | null, message: Message, sku: string | null, serial: string | null): AdjustResult {
  return { verdict, reason, message: english(message), message_key: message.key, params: message.params, line: null, sku, serial };
}

/**
 * One stock adjustment with serials: a serial added at a location (found, or new to the ledger
 * with its SKU) or removed (lost, scrapped), or units of a product without serials. Ledger events
 * say who, where and why.
 */
export async function adjust(station: Station, input: AdjustInput, actor: WorkflowActor): Promise<AdjustResult> {
  const place = await resolveLocation(station, input.warehouse, input.bin);
  // The checks, the change and its scan-log entry in one transaction, whose result is the verdict
  // (stored with an Idempotency-Key, so a retry after a lost reply is answered from it).
  return writeTransaction(station.database.db, async (trx) => {
    const res = await adjustOne(station, trx, place, input, actor);
    await journal(trx, actor, { workflow: 'adjust', documentType: 'adjustment', documentNumber: locationText(place.warehouse, place.bin), raw: input.code, verdict: res });
    return res;
  });
}

async function adjustOne(station: Station, db: Db, place: ResolvedLocation, input: AdjustInput, actor: WorkflowActor): Promise<AdjustResult> {
  const where = locationText(place.warehouse, place.bin);
  const read = readScan(input.code, station.options.values());
  if (!read.ok) return result('rejected', read.reason, read.message, null, null);
  const chosen = input.sku ? await getProductBySku(db, input.sku) : undefined;
  if (input.sku && !chosen) return result('rejected', 'unknown_product', msg('verdicts-stock.unknownSku', { sku: input.sku }), null, null);
  const match = await resolveProduct(db, read);
  let product: ProductView | undefined = chosen;
  let value: string | null = read.code;
  if (match && read.gs1 && read.serial) {
    product = match.product;
    value = read.serial;
  } else if (match && !read.gs1 && (!chosen || chosen.id === match.product.id)) {
    if (match.product.tracking === 'full') return result('rejected', 'serial_required', msg('verdicts-stock.adjust.serialRequired', { sku: match.product.sku }), match.product.sku, null);
    const qty = input.qty ?? 1;
    hintFeed({ sku: match.product.sku, qty });
    await adjustUnits(db, { productId: match.product.id, sku: match.product.sku, location: place, delta: input.action === 'add' ? qty : -qty, reason: input.reason, userId: actor.userId, station: actor.station });
    const done = input.action === 'add' ? msg('verdicts-stock.adjust.addedUnits', { qty, sku: match.product.sku, location: where }) : msg('verdicts-stock.adjust.removedUnits', { qty, sku: match.product.sku, location: where });
    return result('accepted', null, done, match.product.sku, null);
  }
  const serials = (await findSerials(db, value)).filter((s) => !product || s.product_id === product.id);
  const here = serials.find((s) => s.status === 'in_stock' && s.warehouse === place.warehouse && (place.bin === null || s.bin === place.bin));

  if (input.action === 'remove') {
    if (!here) {
      const s = serials[0];
      if (!s) return result('rejected', 'unknown_serial', msg('verdicts-stock.adjust.serialNotInLedger', { serial: value }), product?.sku ?? null, value);
      const elsewhere =
        s.status === 'in_stock'
          ? msg('verdicts-stock.serialAtOtherLocation', { serial: value, sku: s.sku, location: locationText(s.warehouse, s.bin), expected: where })
          : msg('verdicts-stock.serialNotInStock', { serial: value, sku: s.sku, status: s.status, expected: where });
      return result('rejected', 'not_at_source', elsewhere, s.sku, value);
    }
    await adjustSerial(db, { action: 'remove', productId: here.product_id, serialId: here.id, location: place, reason: input.reason, userId: actor.userId, station: actor.station });
    return result('accepted', null, msg('verdicts-stock.adjust.removedSerial', { sku: here.sku, serial: value, location: where }), here.sku, value);
  }

  const inStock = serials.find((s) => s.status === 'in_stock');
  if (inStock) {
    return result('rejected', 'already_in_stock', msg('verdicts-stock.adjust.alreadyInStock', { serial: value, sku: inStock.sku, location: locationText(inStock.warehouse, inStock.bin) }), inStock.sku, value);
  }
  const [known] = serials;
  if (known) {
    await adjustSerial(db, { action: 'add', productId: known.product_id, serialId: known.id, location: place, reason: input.reason, userId: actor.userId, station: actor.station });
    return result('accepted', null, msg('verdicts-stock.adjust.backInStock', { sku: known.sku, serial: value, status: known.status, location: where }), known.sku, value);
  }
  if (!product) return result('rejected', 'unknown_serial', msg('verdicts-stock.adjust.newSerialNeedsSku', { serial: value }), null, value);
  const rule = checkSerial(value, serialRuleOf(product, station.options.get('serials.defaultLength')));
  if (!rule.ok) return result('rejected', rule.reason, rule.text, product.sku, value);
  await adjustSerial(db, { action: 'add', productId: product.id, newSerial: value, location: place, reason: input.reason, userId: actor.userId, station: actor.station });
  return result('accepted', null, msg('verdicts-stock.adjust.addedSerial', { sku: product.sku, serial: value, location: where }), product.sku, value);
}
