import { keepEntry } from '../../storage/memory-hooks';

/** One unit waiting for its serial: of an order line, or of one component of a kit line. */
export interface SerialUnit {
  row: string;
  lineId: number;
  productId: number;
  sku: string;
}

/**
 * What the Scan & Ship wizard waits for on one order between scans: the serials of units whose
 * product was scanned. It holds no accepted data (a unit is packed when its serial is accepted);
 * after a restart the packer scans the product again for the units still to pack.
 */
export interface Pending {
  units: SerialUnit[];
  total: number;
}

export class PendingStore {
  readonly #pending = new Map<number, Pending>();
  readonly #nextQty = new Map<number, number>();

  get(orderId: number): Pending | null {
    return this.#pending.get(orderId) ?? null;
  }

  set(orderId: number, pending: Pending | null): void {
    if (pending && pending.units.length > 0) this.#pending.set(orderId, pending);
    else this.#pending.delete(orderId);
  }

  /** The head unit's serial was accepted. */
  shift(orderId: number): void {
    const p = this.get(orderId);
    if (p) this.set(orderId, { ...p, units: p.units.slice(1) });
  }

  /** The whole step of a document is put back as it is now when the transaction does not commit. */
  keep(db: { readonly isTransaction: boolean }, orderId: number): void {
    keepEntry(db, this.#pending, orderId);
    keepEntry(db, this.#nextQty, orderId);
  }

  clear(orderId: number): void {
    this.#pending.delete(orderId);
    this.#nextQty.delete(orderId);
  }

  /** A quantity scanned for the next item (default 1). */
  takeQty(orderId: number): number | undefined {
    const qty = this.#nextQty.get(orderId);
    this.#nextQty.delete(orderId);
    return qty;
  }

  setQty(orderId: number, qty: number): void {
    this.#nextQty.set(orderId, qty);
  }
}
