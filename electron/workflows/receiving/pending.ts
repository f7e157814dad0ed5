import { keepEntry } from '../../storage/memory-hooks';

/**
 * What a receiving wizard waits for on one PO, between scans. It holds no accepted data (every
 * accepted unit is committed when its scan is accepted); after a restart the person scans the
 * product again for the units still to receive.
 */
export type Pending =
  /** `startedAt` (ISO): a scale weight must be read after the weigh step began. */
  | { kind: 'measure'; lineId: number; sku: string; qty: number; startedAt: string }
  | { kind: 'serial'; lineId: number; sku: string; total: number; done: number }
  /** All serials of the last quantity are in; with `allowMoreSerialsThanQty` more may follow. */
  | { kind: 'extra'; lineId: number; sku: string };

export class PendingStore {
  readonly #pending = new Map<number, Pending>();
  readonly #nextQty = new Map<number, number>();

  get(poId: number): Pending | null {
    return this.#pending.get(poId) ?? null;
  }

  set(poId: number, pending: Pending | null): void {
    if (pending) this.#pending.set(poId, pending);
    else this.#pending.delete(poId);
  }

  /** The whole step of a document is put back as it is now when the transaction does not commit. */
  keep(db: { readonly isTransaction: boolean }, poId: number): void {
    keepEntry(db, this.#pending, poId);
    keepEntry(db, this.#nextQty, poId);
  }

  /** A quantity scanned or typed for the next product (default 1). */
  takeQty(poId: number): number | undefined {
    const qty = this.#nextQty.get(poId);
    this.#nextQty.delete(poId);
    return qty;
  }

  setQty(poId: number, qty: number): void {
    this.#nextQty.set(poId, qty);
  }
}

/** A quantity barcode from the dock's quantity sheet: `QTY5`, `QTY:12`, `Q=3`. */
export function quantityBarcode(code: string): number | null {
  const m = /^(?:QTY|Q)[:=]?(\d{1,5})$/i.exec(code);
  return m ? Number(m[1]) : null;
}
