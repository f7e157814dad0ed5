import { foldSerial } from '../../../shared/domain/serial-key';
import { msg, type Message } from '../../../shared/i18n/message';
import { checkSerial, serialRuleOf } from '../../../shared/domain/serial-rules';
import type { ReasonCode } from '../../../shared/workflows/verdict';
import { isExpectedSerial, poAliases, serialsWithValue, type PoLineForReceiving } from '../../storage/repos/receiving-queries';
import { lockSerialValue } from '../../storage/locks';
import type { Db } from '../../storage/schema';
import type { PoContext } from './po-context';

export type ReceivingSerialCheck = { ok: true; reReceive: boolean } | { ok: false; reason: ReasonCode; message: Message };

const refuse = (reason: ReasonCode, message: Message): ReceivingSerialCheck => ({ ok: false, reason, message });

/**
 * Every receiving rule for one serial of one PO line, in the order a person would want to hear
 * about them: what the value is, whether it is a product or document code, duplicates on this PO,
 * duplicates for the product, another product's serial, and the pre-receipt list.
 */
export async function checkReceivingSerial(db: Db, ctx: PoContext, line: PoLineForReceiving, value: string): Promise<ReceivingSerialCheck> {
  const o = ctx.options;
  const caseSensitive = o['serials.caseSensitive'];
  const same = (a: string) => (caseSensitive ? a === value : foldSerial(a) === foldSerial(value));
  if (o['receiving.requireUniqueSerial']) {
    const codes = [...ctx.lines.flatMap((l) => [l.sku, l.upc, l.gtin]).filter((c): c is string => !!c), ...(await poAliases(db, ctx.po.id))];
    // GTINs are stored as 14 digits; a scanned UPC-A/EAN-13 printed beside the serial is shorter.
    const asCode = codes.find((c) => same(c) || (/^\d{8,14}$/.test(value) && /^\d{14}$/.test(c) && c.endsWith(value) && /^0+$/.test(c.slice(0, 14 - value.length))));
    if (asCode !== undefined) {
      return refuse('looks_like_upc', msg('verdicts-common.serial.looksLikeUpc', { value }));
    }
    const documentCodes = [ctx.po.po_number, ctx.po.vendor_invoice, ctx.po.tracking_number].filter((c): c is string => !!c);
    if (documentCodes.some(same)) return refuse('looks_like_document', msg('verdicts-common.serial.looksLikeDocument', { value }));
  }
  // After the wrong-barcode checks: a UPC scanned by mistake is named as such, not as a bad length.
  const basic = checkSerial(value, serialRuleOf(line, o['serials.defaultLength']));
  if (!basic.ok) return refuse(basic.reason, basic.text);

  // Other stations deciding on this serial now wait for this scan's commit (see locks.ts).
  await lockSerialValue(db, value);
  const existing = await serialsWithValue(db, value, caseSensitive);
  if (o['receiving.requireUniqueSerial'] && existing.some((s) => s.po_id === ctx.po.id)) {
    return refuse('duplicate_in_po', msg('verdicts-receiving.serial.duplicateOnPo', { serial: value, po: ctx.po.po_number }));
  }
  let reReceive = false;
  for (const s of existing) {
    if (s.product_id !== line.product_id) {
      if (o['serials.uniqueScope'] === 'global') {
        return refuse('duplicate_other_product', msg('verdicts-receiving.serial.otherProduct', { serial: value, sku: s.sku }));
      }
      continue;
    }
    if (s.status === 'available' || s.status === 'assigned') continue; // this product's pool serial: it enters stock
    if (s.po_id === ctx.po.id) return refuse('duplicate_in_po', msg('verdicts-receiving.serial.duplicateOnPo', { serial: value, po: ctx.po.po_number }));
    // `status`: the serial status code (in_stock, shipped, …); each language names it.
    const found = { serial: value, sku: line.sku, status: s.status };
    if (o['receiving.validateDuplicatesGlobally']) {
      return refuse(
        'duplicate_for_product',
        s.po_number ? msg('verdicts-receiving.serial.receivedBeforeOn', { ...found, po: s.po_number }) : msg('verdicts-receiving.serial.receivedBefore', found),
      );
    }
    if (s.status !== 'shipped') {
      return refuse('duplicate_for_product', s.po_number ? msg('verdicts-receiving.serial.alreadyOn', { ...found, po: s.po_number }) : msg('verdicts-receiving.serial.already', found));
    }
    reReceive = true; // a shipped unit coming back on this PO keeps its history
  }

  if (line.expected_serials > 0 && !(await isExpectedSerial(db, line.line_id, value, caseSensitive))) {
    return refuse('not_expected', msg('verdicts-receiving.serial.notExpected', { serial: value, expected: line.expected_serials, sku: line.sku, po: ctx.po.po_number }));
  }
  return { ok: true, reReceive };
}

/**
 * The line of this PO that holds `value` as a serial received on it, or expected on it (the
 * pre-receipt list): a serial scanned where a product code is expected is answered with its line.
 */
export async function poLineOfSerial(db: Db, ctx: PoContext, value: string): Promise<{ line: PoLineForReceiving; received: boolean } | null> {
  const caseSensitive = ctx.options['serials.caseSensitive'];
  for (const s of await serialsWithValue(db, value, caseSensitive)) {
    const line = s.po_id === ctx.po.id ? ctx.lines.find((l) => l.line_id === s.received_po_line_id) : undefined;
    if (line) return { line, received: true };
  }
  for (const line of ctx.lines) {
    if (line.expected_serials > 0 && (await isExpectedSerial(db, line.line_id, value, caseSensitive))) return { line, received: false };
  }
  return null;
}
