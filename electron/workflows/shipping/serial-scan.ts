import { msg, type Message } from '../../../shared/i18n/message';
import { accepted, rejected } from '../../../shared/workflows/verdict';
import { approve } from './approval';
import { completion, packUnits, type PackUnit } from './pack';
import type { SerialUnit } from './pending';
import { rowView, type Row } from './rows';
import type { Outcome, ScanCtx } from './scan-types';
import { checkShippingSerial } from './serial-check';
import { englishOf, joinedText, ownWords } from './text';

export interface SerialInput {
  value: string;
  lot: string | null;
  expiry: string | null;
}

/**
 * One serial for one unit: every shipping rule, then the unit is packed with it. A refusal an
 * override may lift says so (`approval`); sent again with `override`, the serial is taken and the
 * override lands in the ledger (`overridden`) and the audit log with who approved it and why.
 */
export async function serialScan(sc: ScanCtx, unit: SerialUnit, serial: SerialInput, fromPending: boolean): Promise<Outcome> {
  const { ctx } = sc;
  const row = sc.rows.find((r) => r.key === unit.row) as Row;
  const view = rowView(ctx, row);
  const check = await checkShippingSerial(sc.db, ctx, row.product, serial.value);
  if (!check.ok) return { verdict: rejected(check.hard.reason, check.hard.message, view) };

  const base: PackUnit = { lineId: unit.lineId, productId: unit.productId, sku: unit.sku, qty: 1, serial: check.serialId === null ? serial : { id: check.serialId } };
  // The packed verdict's `override` part: none, or the rules lifted, by whom and why.
  let overridden = { override: 'no', rules: '', approver: '', reason: '' };
  const [first] = check.soft;
  if (first) {
    const o = ctx.options;
    const pinRequired = o['shipping.requirePinForOverride'];
    if (!sc.override) {
      const approval = o['shipping.allowSerialOverride'] ? { kind: 'serial_override' as const, pin_required: pinRequired, serial: serial.value, sku: unit.sku, replaces: null } : null;
      return { verdict: rejected(first.reason, first.message, view), approval };
    }
    if (!o['shipping.allowSerialOverride']) {
      // A serial rule's own refusal (serial-rules.ts), then this sentence (text.ts).
      const off = first.overrideOff ?? joinedText([first.message, msg('verdicts-shipping.serial.overrideOff')]);
      return { verdict: rejected('override_not_allowed', off, view) };
    }
    const ok = await approve(sc.station, sc.actor, sc.override, pinRequired, { kind: 'serial', serial: serial.value }, sc.db);
    if (!ok.ok) {
      const approval = { kind: 'serial_override' as const, pin_required: pinRequired, serial: serial.value, sku: unit.sku, replaces: null };
      return { verdict: rejected(ok.reason, ok.message, view), approval };
    }
    base.override = { rules: check.soft.map((s) => s.reason), messages: check.soft.map((s) => englishOf(s.message)), reason: ok.reason, approver: ok.approver };
    overridden = { override: ok.approver ? 'approvedBy' : 'yes', rules: check.soft.map((s) => s.reason).join(', '), approver: ok.approver?.name ?? '', reason: ownWords(ok.reason) };
  }

  const packed = await packUnits(sc.db, ctx, [base], sc.actor);
  const pending = fromPending ? sc.pending.get(ctx.order.id) : null;
  if (fromPending) sc.pending.shift(ctx.order.id);
  const [index, total] = pending && pending.total > 1 ? [pending.total - pending.units.length + 1, pending.total] : [row.scanned + 1, row.required];
  const done: Message = msg('verdicts-shipping.serial.packed', { sku: unit.sku, serial: serial.value, index, total, ...overridden, complete: completion(packed) });
  return { verdict: accepted(done, view) };
}
