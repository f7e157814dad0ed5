import { StationError } from '../../../shared/api/errors';
import type { ReceivingSessionView } from '../../../shared/domain/views';
import { english, msg, type Message } from '../../../shared/i18n/message';
import type { CloseResult, FindPoResult, PoCandidate, PoSerialRow, ReceivingState } from '../../../shared/workflows/receiving';
import { accepted, rejected, type Verdict } from '../../../shared/workflows/verdict';
import { findPurchaseOrders, listOpenPurchaseOrders, listOpenPurchaseOrdersForProduct } from '../../storage/repos/purchase-orders';
import { closeReceivingSession, findOpenReceivingSession, listReceivingSessions, removeReceivedSerial, replaceReceivedSerial } from '../../storage/repos/receiving';
import { countPoSerials, listPoSerials, serialsWithValue, type PoSerialQuery } from '../../storage/repos/receiving-queries';
import { lockSerialValue } from '../../storage/locks';
import type { Db } from '../../storage/schema';
import { apiActor, type WorkflowActor } from '../kit/actor';
import { readScan } from '../kit/read-scan';
import { resolveProduct } from '../kit/resolve-product';
import { lineById, lineView } from './po-context';
import type { ReceivingWorkflow } from './receiving-workflow';
import { checkReceivingSerial } from './serial-check';

const candidate = (s: PoCandidate): PoCandidate => ({
  po_number: s.po_number,
  vendor: s.vendor,
  vendor_invoice: s.vendor_invoice,
  tracking_number: s.tracking_number,
  status: s.status,
  ordered_at: s.ordered_at,
  qty: s.qty,
  received_qty: s.received_qty,
});

/** Finds POs by PO number, vendor invoice or tracking number — or, for a product code, its open POs. */
export async function findPo(wf: ReceivingWorkflow, query: string): Promise<FindPoResult> {
  const q = query.trim();
  if (q === '') return { by: 'none', product: null, candidates: (await listOpenPurchaseOrders(wf.db, { limit: 50 })).map(candidate) };
  const direct = await findPurchaseOrders(wf.db, q);
  if (direct.length > 0) return { by: direct.some((d) => d.po_number === q) ? 'po' : 'reference', product: null, candidates: direct.map(candidate) };
  const read = readScan(q, wf.station.options.values());
  const match = read.ok ? await resolveProduct(wf.db, read) : undefined;
  if (match) {
    const open = await listOpenPurchaseOrdersForProduct(wf.db, match.product.id);
    return { by: 'product', product: { sku: match.product.sku, name: match.product.name }, candidates: open.map(candidate) };
  }
  return { by: 'none', product: null, candidates: [] };
}

/**
 * Closes this station's open session on the PO (the receive data is already saved scan by scan).
 * Units still waiting for serials were never received; lines with pre-receipt serials report when
 * fewer arrived than expected, since the confirmed quantity is what was scanned.
 */
export async function closeSession(wf: ReceivingWorkflow, poNumber: string, actor: WorkflowActor): Promise<CloseResult> {
  return wf.lock(poNumber, async (db) => {
    const ctx = await wf.context(poNumber, db);
    const session = await findOpenReceivingSession(db, ctx.po.id, actor.station, apiActor(actor));
    if (!session) throw new StationError('conflict', msg('errors-receiving.noOpenSession', { po: poNumber }));
    const notes: Message[] = [];
    const pending = wf.pending.get(ctx.po.id);
    if (pending?.kind === 'serial') {
      notes.push(msg('verdicts-receiving.close.serialsPending', { left: pending.total - pending.done, sku: pending.sku }));
    } else if (pending?.kind === 'measure') {
      notes.push(msg('verdicts-receiving.close.measurePending', { qty: pending.qty, sku: pending.sku }));
    }
    for (const line of ctx.lines) {
      if (line.expected_serials > 0 && line.serials !== line.expected_serials) {
        notes.push(msg('verdicts-receiving.close.expectedSerials', { sku: line.sku, serials: line.serials, expected: line.expected_serials, received: line.received_qty }));
      }
    }
    await closeReceivingSession(db, session.id);
    // The step ends with the session; put back if this does not commit (a retry notes it again).
    wf.pending.keep(db, ctx.po.id);
    wf.pending.set(ctx.po.id, null);
    return { session_id: session.id, notes: notes.map(english), note_messages: notes, state: await wf.state(await wf.context(poNumber, db), actor, db) };
  });
}

export async function poSessions(wf: ReceivingWorkflow, poNumber: string): Promise<ReceivingSessionView[]> {
  const ctx = await wf.context(poNumber);
  return listReceivingSessions(wf.db, ctx.po.id);
}

export async function poSerials(wf: ReceivingWorkflow, poNumber: string, q: Omit<PoSerialQuery, 'poId'>): Promise<{ total: number; rows: PoSerialRow[] }> {
  const ctx = await wf.context(poNumber);
  const query = { ...q, poId: ctx.po.id };
  const [total, rows] = await Promise.all([countPoSerials(wf.db, query), listPoSerials(wf.db, query)]);
  return { total, rows: rows.map(({ id: _id, ...r }) => r) };
}

async function serialOnPo(db: Db, poId: number, value: string) {
  const found = await serialsWithValue(db, value, true);
  const s = found.find((f) => f.po_id === poId);
  if (!s) throw new StationError('not_found', msg('errors-receiving.serialNotReceived', { serial: value }));
  return s;
}

/** Deletes a serial captured on the PO (ledger: adjusted/deleted); with the option on, one unit less is received. */
export async function deletePoSerial(wf: ReceivingWorkflow, poNumber: string, value: string, reason: string, actor: WorkflowActor): Promise<ReceivingState> {
  return wf.lock(poNumber, async (db) => {
    const ctx = await wf.context(poNumber, db);
    await lockSerialValue(db, value);
    const serial = await serialOnPo(db, ctx.po.id, value);
    await removeReceivedSerial(db, { serialId: serial.id, reason, resetCount: ctx.options['receiving.resetCountOnSerialDelete'], userId: actor.userId, station: actor.station });
    return wf.state(await wf.context(poNumber, db), actor, db);
  });
}

/** Corrects a captured serial: the new value passes every receiving rule, the old one is deleted in the ledger. */
export async function editPoSerial(wf: ReceivingWorkflow, poNumber: string, value: string, newValue: string, actor: WorkflowActor): Promise<Verdict & { state: ReceivingState }> {
  return wf.lock(poNumber, async (db) => {
    const ctx = await wf.context(poNumber, db);
    await lockSerialValue(db, value);
    const serial = await serialOnPo(db, ctx.po.id, value);
    const line = ctx.lines.find((l) => l.line_id === serial.received_po_line_id);
    if (!line) throw new StationError('not_found', msg('errors-receiving.serialNoLine', { serial: value, po: poNumber }));
    const check = await checkReceivingSerial(db, ctx, line, newValue);
    let verdict: Verdict;
    if (!check.ok) verdict = rejected(check.reason, check.message);
    else {
      await replaceReceivedSerial(db, { serialId: serial.id, newValue, userId: actor.userId, station: actor.station });
      verdict = accepted(msg('verdicts-receiving.corrected', { serial: value, sku: line.sku, newSerial: newValue }));
    }
    const fresh = await wf.context(poNumber, db);
    const after = lineById(fresh, line.line_id);
    return { ...verdict, line: after ? lineView(fresh, after) : null, state: await wf.state(fresh, actor, db) };
  });
}
