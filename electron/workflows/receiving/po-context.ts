import type { OptionValues } from '../../../shared/options/registry';
import type { ReceivingLine } from '../../../shared/workflows/receiving';
import { getPoHeader, getPoLinesForReceiving, type OpenSessionRef, type PoHeader, type PoLineForReceiving } from '../../storage/repos/receiving-queries';
import { cachedRead } from '../../storage/scan-cache';
import type { Db } from '../../storage/schema';

/** One PO as a scan sees it: header, lines with counts, and the options in force. */
export interface PoContext {
  po: PoHeader;
  lines: PoLineForReceiving[];
  options: OptionValues;
  /** The vendor is on `receiving.skipSerialForVendors`. */
  skipVendor: boolean;
  /** This station's open session, once looked up during a scan (undefined: not looked up yet). */
  session?: OpenSessionRef | null;
}

/** Keeps the loaded counts current after a receipt, so a scan does not reload the PO. */
export function countReceipt(ctx: PoContext, line: PoLineForReceiving, qty: number, serials: number): void {
  line.received_qty += qty;
  line.serials += serials;
  const all = ctx.lines.every((l) => l.received_qty >= l.qty);
  ctx.po.status = all ? 'received' : 'partial';
}

async function loadPo(db: Db, poNumber: string): Promise<Pick<PoContext, 'po' | 'lines'> | null> {
  const po = await getPoHeader(db, poNumber);
  return po ? { po, lines: await getPoLinesForReceiving(db, po.id) } : null;
}

/**
 * The PO as a scan sees it. In a scan's transaction the header and lines come from the scan cache
 * (kept current by `countReceipt`); the options are this station's, read now.
 */
export async function loadPoContext(db: Db, poNumber: string, options: OptionValues): Promise<PoContext | null> {
  const loaded = await cachedRead(db, `po:${poNumber}`, () => loadPo(db, poNumber));
  if (!loaded) return null;
  const skip = options['receiving.skipSerialForVendors'].map((v) => v.toLowerCase());
  return { po: loaded.po, lines: loaded.lines, options, skipVendor: skip.includes(loaded.po.vendor.toLowerCase()) };
}

/** Whether a unit of this line needs a serial at receipt on this station now. */
export function serialRequired(ctx: PoContext, line: PoLineForReceiving): boolean {
  return line.tracking === 'full' && ctx.options['receiving.requireSerial'] && !ctx.skipVendor;
}

export function lineView(ctx: PoContext, line: PoLineForReceiving): ReceivingLine {
  return {
    line_id: line.line_id,
    line_no: line.line_no,
    sku: line.sku,
    name: line.name,
    tracking: line.tracking,
    ordered: line.qty,
    received: line.received_qty,
    to_receive: Math.max(0, line.qty - line.received_qty),
    serials: line.serials,
    expected_serials: line.expected_serials,
    serial_required: serialRequired(ctx, line),
  };
}

export function lineById(ctx: PoContext, id: number): PoLineForReceiving | undefined {
  return ctx.lines.find((l) => l.line_id === id);
}
