import type { PackageWeighing } from '../../../shared/workflows/package-weight';
import type { MeasuredPackage } from '../../../shared/workflows/shipping';
import { lastWeighedPackage } from '../../storage/repos/package-weights';
import type { Db } from '../../storage/schema';

/**
 * The bench's memory for "one weight per package": when each open order's package step began, and
 * the weight of the package shipped before (loaded from the ledger after a restart, so a box left on
 * the scale cannot ship the first order either).
 */
export class PackageSteps {
  readonly #started = new Map<number, string>();
  /** Packages weighed before the last one of a multi-package order (kept until it ships or its items change). */
  readonly #measured = new Map<number, MeasuredPackage[]>();
  /** Orders whose packer chose to ship what is packed (`shipping.allowPartial`). */
  readonly #partial = new Set<number>();
  #previous: PackageWeighing['previous'] | undefined;

  /** Loads the previous package once per process. */
  async load(db: Db, station: string): Promise<void> {
    if (this.#previous === undefined) this.#previous = await lastWeighedPackage(db, station);
  }

  /** The package step of this order: when it began (now, the first time it is seen) and the package before. */
  weighing(orderId: number, now = new Date()): PackageWeighing {
    let started = this.#started.get(orderId);
    if (started === undefined) {
      started = now.toISOString();
      this.#started.set(orderId, started);
    }
    return { started_at: started, previous: this.#previous ?? null };
  }

  /** The order left its package step (items changed, or it shipped). */
  leave(orderId: number): void {
    this.#started.delete(orderId);
    this.#measured.delete(orderId);
  }

  /** A package was shipped with this weight, read at `receivedAt`. */
  shipped(orderId: number, grams: number, receivedAt: string): void {
    this.leave(orderId);
    this.#partial.delete(orderId);
    this.#previous = { grams, received_at: receivedAt };
  }

  measured(orderId: number): MeasuredPackage[] {
    return this.#measured.get(orderId) ?? [];
  }

  /** One package of several is weighed: the next one's step begins now, and this weight is the one before it. */
  measure(orderId: number, pkg: MeasuredPackage, reading: { grams: number; receivedAt: string } | null): void {
    this.#measured.set(orderId, [...this.measured(orderId).filter((m) => m.package_no !== pkg.package_no), pkg].sort((a, b) => a.package_no - b.package_no));
    this.#started.delete(orderId);
    if (reading) this.#previous = { grams: reading.grams, received_at: reading.receivedAt };
  }

  partial(orderId: number): boolean {
    return this.#partial.has(orderId);
  }

  setPartial(orderId: number, on: boolean): void {
    if (on) this.#partial.add(orderId);
    else this.#partial.delete(orderId);
    this.leave(orderId);
  }
}
