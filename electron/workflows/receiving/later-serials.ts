import { StationError } from '../../../shared/api/errors';
import { msg } from '../../../shared/i18n/message';
import type { ReceivingState } from '../../../shared/workflows/receiving';
import { accepted, rejected, type Verdict } from '../../../shared/workflows/verdict';
import { addSerialToReceivedUnit } from '../../storage/repos/receiving-later';
import type { WorkflowActor } from '../kit/actor';
import { readScan } from '../kit/read-scan';
import { lineById, lineView } from './po-context';
import type { ReceivingWorkflow } from './receiving-workflow';
import { checkReceivingSerial } from './serial-check';

/** Units of each line received without a serial, for "Enter serials for received units". */
export interface UnitsWithoutSerial {
  sku: string;
  line_no: number;
  units: number;
}

export function unitsWithoutSerial(lines: { sku: string; line_no: number; tracking: string; received_qty: number; serials: number }[]): UnitsWithoutSerial[] {
  return lines.filter((l) => l.tracking !== 'none' && l.received_qty > l.serials).map((l) => ({ sku: l.sku, line_no: l.line_no, units: l.received_qty - l.serials }));
}

/**
 * A serial scanned (or typed) for a unit of `sku` received on the PO without one: every receiving
 * serial check applies (checkReceivingSerial), then the serial is received on the line's latest
 * session and bin (receiving-later.ts).
 */
export function addLaterSerial(wf: ReceivingWorkflow, poNumber: string, sku: string, raw: string, actor: WorkflowActor): Promise<Verdict & { state: ReceivingState; without_serial: UnitsWithoutSerial[] }> {
  return wf.lock(poNumber, async (db) => {
    const ctx = await wf.context(poNumber, db);
    const line = ctx.lines.find((l) => l.sku === sku && l.tracking !== 'none');
    if (!line) throw new StationError('not_found', msg('errors-receiving.noSerialLine', { po: poNumber, sku }));
    const read = readScan(raw, ctx.options);
    const value = read.ok ? (read.gs1 ? (read.serial ?? '') : read.code.trim()) : '';
    let verdict: Verdict;
    if (!read.ok) verdict = rejected(read.reason, read.message);
    else if (value === '') verdict = rejected('bad_barcode', msg('verdicts-receiving.noSerialInBarcode'));
    else if (line.received_qty <= line.serials) verdict = rejected('all_units_have_serials', msg('verdicts-receiving.later.allHaveSerials', { sku, po: poNumber }));
    else {
      const check = await checkReceivingSerial(db, ctx, line, value);
      if (!check.ok) verdict = rejected(check.reason, check.message);
      else if (check.reReceive) verdict = rejected('duplicate_for_product', msg('verdicts-receiving.later.shippedBefore', { serial: value, sku, po: poNumber }));
      else {
        await addSerialToReceivedUnit(db, { poLineId: line.line_id, value, userId: actor.userId, station: actor.station });
        const left = line.received_qty - line.serials - 1;
        verdict = accepted(msg('verdicts-receiving.later.given', { serial: value, sku, left }));
      }
    }
    const fresh = await wf.context(poNumber, db);
    const after = lineById(fresh, line.line_id);
    return { ...verdict, line: after ? lineView(fresh, after) : null, state: await wf.state(fresh, actor, db), without_serial: unitsWithoutSerial(fresh.lines) };
  });
}
