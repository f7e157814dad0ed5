import { msg, type Message } from '../../../shared/i18n/message';
import { locationText, prompted, type TransferKind, type TransferLineView, type TransferState } from '../../../shared/workflows/lifecycle';
import type { TransferHeader } from '../../storage/repos/transfers';

/** A transfer's kind from what the database keeps: one-way flag, SKU lines, same or other warehouse. */
export function transferKind(t: Pick<TransferHeader, 'one_way' | 'from_warehouse_id' | 'to_warehouse_id' | 'from_bin_id' | 'to_bin_id'>, toSku: string | null): TransferKind {
  if (t.one_way) return 'one_way';
  if (toSku !== null) return 'sku';
  const sameWarehouse = t.from_warehouse_id === t.to_warehouse_id;
  // Only a SKU-to-SKU transfer may stay at one location.
  if (sameWarehouse && t.from_bin_id === t.to_bin_id) return 'sku';
  return sameWarehouse ? 'bin' : 'warehouse';
}

export function buildTransferState(t: TransferHeader, lines: TransferLineView[], toSku: string | null, pendingSku: string | null): TransferState {
  const kind = transferKind(t, toSku);
  const from = locationText(t.from_warehouse, t.from_bin);
  const to = locationText(t.to_warehouse, t.to_bin);
  let step: TransferState['step'];
  let prompt: Message;
  if (t.status === 'in_transit') {
    step = { kind: 'arrival' };
    prompt = msg('verdicts-stock.transfers.prompt.inTransit', { transfer: t.transfer_number, to });
  } else if (t.status !== 'open') {
    step = { kind: 'closed' };
    prompt = msg('verdicts-stock.transfers.prompt.closed', { transfer: t.transfer_number, status: t.status });
  } else if (pendingSku) {
    step = { kind: 'serial', sku: pendingSku };
    prompt = msg('verdicts-stock.transfers.prompt.serial', { sku: pendingSku });
  } else {
    step = { kind: 'item' };
    prompt =
      kind !== 'sku'
        ? msg('verdicts-stock.transfers.prompt.item', { from, to })
        : toSku
          ? msg('verdicts-stock.transfers.prompt.itemToSku', { from, toSku })
          : msg('verdicts-stock.transfers.prompt.itemToNewSku', { from });
  }
  return {
    transfer_number: t.transfer_number,
    kind,
    from_warehouse: t.from_warehouse,
    from_bin: t.from_bin,
    to_warehouse: t.to_warehouse,
    to_bin: t.to_bin,
    to_sku: toSku,
    status: t.status,
    created_at: t.created_at,
    completed_at: t.completed_at,
    lines,
    units: lines.reduce((n, l) => n + l.qty, 0),
    step,
    ...prompted(prompt),
  };
}
