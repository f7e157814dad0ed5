import { accepted, rejected } from '../../../shared/workflows/verdict';
import { approve } from './approval';
import { completeTail, packUnits, type PackUnit } from './pack';
import type { SerialUnit } from './pending';
import { rowView, type Row } from './rows';
import type { Outcome, ScanCtx } from './scan-types';
import { checkShippingSerial } from './serial-check';

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
  let overridden = '';
  const [first] = check.soft;
  if (first) {
    const o = ctx.options;
    const pinRequired = o['shipping.requirePinForOverride'];
    if (!sc.override) {
      const approval = o['shipping.allowSerialOverride'] ? { kind: 'serial_override' as const, pin_required: pinRequired, serial: serial.value, sku: unit.sku, replaces: null } : null;
      return { verdict: rejected(first.reason, first.message, view), approval };
    }
    if (!o['shipping.allowSerialOverride']) {
      return { verdict: rejected('override_not_allowed', `${first.message} Overriding serial validation is off at this station.`, view) };
    }
    const ok = await approve(sc.station, sc.actor, sc.override, pinRequired, `Override for serial ${serial.value}`, sc.db);
    if (!ok.ok) {
      const approval = { kind: 'serial_override' as const, pin_required: pinRequired, serial: serial.value, sku: unit.sku, replaces: null };
      return { verdict: rejected(ok.reason, ok.message, view), approval };
    }
    base.override = { rules: check.soft.map((s) => s.reason), messages: check.soft.map((s) => s.message), reason: ok.reason, approver: ok.approver };
    overridden = ` Override (${check.soft.map((s) => s.reason).join(', ')})${ok.approver ? ` approved by ${ok.approver.name}` : ''}: ${ok.reason.replace(/[.!?]+$/, '')}.`;
  }

  const packed = await packUnits(sc.db, ctx, [base], sc.actor);
  const pending = fromPending ? sc.pending.get(ctx.order.id) : null;
  if (fromPending) sc.pending.shift(ctx.order.id);
  const progress = pending && pending.total > 1 ? ` (${pending.total - pending.units.length + 1} of ${pending.total})` : ` (${row.scanned + 1} of ${row.required})`;
  return { verdict: accepted(`Packed ${unit.sku} serial ${serial.value}${progress}.${overridden}${completeTail(packed)}`, view) };
}
