import type { PackageWeighing } from '../../../shared/workflows/package-weight';
import { lastWeighedPackage } from '../../storage/repos/package-weights';
import type { Db } from '../../storage/schema';

/**
 * The bench's memory for "one weight per package": when each open order's package step began, and
 * the weight of the package shipped before (loaded from the ledger after a restart, so a box left on
 * the scale cannot ship the first order either).
 */
export class PackageSteps {
  readonly #started = new Map<number, string>();
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
  }

  /** A package was shipped with this weight, read at `receivedAt`. */
  shipped(orderId: number, grams: number, receivedAt: string): void {
    this.#started.delete(orderId);
    this.#previous = { grams, received_at: receivedAt };
  }
}
