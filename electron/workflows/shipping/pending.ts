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

  /** The whole step of an order, to put back when a scan's transaction fails or is run again. */
  snapshot(orderId: number): { pending: Pending | null; qty: number | undefined } {
    return { pending: this.get(orderId), qty: this.#nextQty.get(orderId) };
  }

  restore(orderId: number, snap: { pending: Pending | null; qty: number | undefined }): void {
    this.set(orderId, snap.pending);
    if (snap.qty === undefined) this.#nextQty.delete(orderId);
    else this.#nextQty.set(orderId, snap.qty);
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
