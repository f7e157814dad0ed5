import type { ProductView } from '../../../shared/domain/views';
import { msg, type Message } from '../../../shared/i18n/message';
import type { Approval } from '../../../shared/workflows/shipping';
import { rejected } from '../../../shared/workflows/verdict';
import { recordAudit } from '../../storage/repos/audit-log';
import { replaceOrderLineProduct } from '../../storage/repos/packing';
import { productsReplacedBy } from '../../storage/repos/shipping-queries';
import { writeTransaction } from '../../storage/transaction';
import { approve } from './approval';
import { rowView, type Row } from './rows';
import type { Outcome, ScanCtx } from './scan-types';

/**
 * The row an allowed replacement may take: an ordinary line of a product it replaces, nothing
 * scanned yet — or, with `shipping.kits.lookForReplacementItems`, such a kit component row.
 */
export async function replaceableRow(sc: ScanCtx, replacement: ProductView): Promise<Row | undefined> {
  const kits = sc.ctx.options['shipping.kits.lookForReplacementItems'];
  const candidates = sc.rows.filter((r) => (r.kind === 'item' || (kits && r.kind === 'component' && !r.component?.replaced_from)) && r.scanned === 0 && r.remaining > 0);
  if (candidates.length === 0) return undefined;
  const replaced = await productsReplacedBy(sc.db, replacement.id, candidates.map((r) => r.product.product_id));
  return candidates.find((r) => replaced.includes(r.product.product_id));
}

/**
 * Puts an allowed replacement on the order line: with `shipping.requirePinForReplacement` only with
 * a supervisor's PIN (else the packer's scan is the decision). The line change and its audit entry
 * (who, why, what was ordered) are one transaction. Returns a refusal, or null when replaced.
 */
export async function replaceLine(sc: ScanCtx, row: Row, replacement: ProductView): Promise<{ refused: Outcome } | { refused: null; note: Message }> {
  const { ctx } = sc;
  const pinRequired = ctx.options['shipping.requirePinForReplacement'];
  const approval: Approval = { kind: 'replacement', pin_required: pinRequired, serial: null, sku: replacement.sku, replaces: row.product.sku };
  const what = { kind: 'replacement' as const, sku: replacement.sku, replaces: row.product.sku, order: ctx.order.order_number };
  const override = pinRequired ? sc.override : (sc.override ?? { reason: `${replacement.sku} scanned as an allowed replacement` });
  const ok = await approve(sc.station, sc.actor, override, pinRequired, what, sc.db);
  if (!ok.ok) return { refused: { verdict: rejected(ok.reason, ok.message, rowView(ctx, row)), approval } };
  const component = row.kind === 'component';
  await writeTransaction(sc.db, async (trx) => {
    if (component) await trx.insertInto('order_kit_replacements').values({ order_line_id: row.line.line_id, component_id: row.product.product_id, replacement_id: replacement.id }).execute();
    else await replaceOrderLineProduct(trx, row.line.line_id, replacement.id);
    await recordAudit(trx, {
      userId: ok.approver?.id ?? sc.actor.userId,
      station: sc.actor.station,
      action: component ? 'order.kit_replacement' : 'order.replacement',
      subject: ctx.order.order_number,
      reason: ok.reason,
      details: { line_no: row.line.line_no, ...(component ? { kit: row.line.sku } : {}), ordered: row.product.sku, replacement: replacement.sku, approved_by: ok.approver?.name ?? null, packed_by: sc.actor.userName },
    });
  });
  const note = msg('verdicts-shipping.replacement.done', {
    ordered: row.product.sku,
    replacement: replacement.sku,
    where: component ? 'kit' : 'line',
    kit: row.line.sku,
    line: row.line.line_no,
    approved: ok.approver ? 'yes' : 'no',
    approver: ok.approver?.name ?? '',
  });
  return { refused: null, note };
}
