import type { PackageWeighing } from '../../../shared/workflows/package-weight';
import type { MeasuredPackage } from '../../../shared/workflows/shipping';
import { unshippedScanIds } from '../../storage/repos/order-packages';
import { clearMeasures, lastMeasure, loadMeasures, saveMeasure } from '../../storage/repos/package-measures';
import { lastWeighedPackage } from '../../storage/repos/package-weights';
import type { Db } from '../../storage/schema';
import { afterCommit } from '../../storage/memory-hooks';

type Previous = PackageWeighing['previous'];
/** A package weighed in a transaction not yet committed: the next package's step and the weight before it. */
interface NextStep {
  orderId: number;
  startedAt: string;
  previous: Previous | undefined;
}

/**
 * The bench's memory for "one weight per package": when each open order's package step began, the
 * weight of the package shipped or weighed before (loaded from the database after a restart, so a
 * box left on the scale cannot ship the first order either), and the packages of an order weighed
 * before its last one (`order_package_measures`, so they survive a restart).
 */
export class PackageSteps {
  readonly #started = new Map<number, string>();
  /** Orders whose packer chose to ship what is packed (`shipping.allowPartial`). */
  readonly #partial = new Set<number>();
  #previous: Previous | undefined;
  /** Each open transaction's packages weighed: seen by its own reads, by everyone once it commits. */
  readonly #uncommitted = new WeakMap<object, NextStep[]>();

  /** Loads the previous package once per process: the last one shipped or weighed here, whichever is later. */
  async load(db: Db, station: string): Promise<void> {
    if (this.#previous !== undefined) return;
    const [shipped, weighed] = [await lastWeighedPackage(db, station), await lastMeasure(db, station)];
    this.#previous = shipped && weighed ? (weighed.received_at > shipped.received_at ? weighed : shipped) : (shipped ?? weighed);
  }

  /** The package step of this order: when it began (now, the first time it is seen) and the package before. */
  weighing(db: Db, orderId: number, now = new Date()): PackageWeighing {
    const own = this.#uncommitted.get(db);
    const next = own?.findLast((n) => n.orderId === orderId);
    const previous = own?.findLast((n) => n.previous !== undefined)?.previous ?? this.#previous ?? null;
    if (next) return { started_at: next.startedAt, previous };
    let started = this.#started.get(orderId);
    if (started === undefined) {
      started = now.toISOString();
      this.#started.set(orderId, started);
    }
    return { started_at: started, previous };
  }

  /** The order left its package step (items changed, or it shipped). */
  leave(orderId: number): void {
    this.#started.delete(orderId);
  }

  /**
   * The order's packing as its weighed packages were weighed against: the unshipped scans with
   * their packages, and whether the packer chose to ship part of it. A package weighed under
   * another key (items changed since) is weighed again.
   */
  async packingKey(db: Db, orderId: number): Promise<string> {
    return `${await unshippedScanIds(db, orderId)}${this.#partial.has(orderId) ? '|partial' : ''}`;
  }

  /** The order shipped (all or part of it): its weighed packages went with it. */
  async forget(db: Db, orderId: number): Promise<void> {
    await clearMeasures(db, orderId);
  }

  /** A package was shipped with this weight, read at `receivedAt`. */
  shipped(orderId: number, grams: number, receivedAt: string): void {
    this.leave(orderId);
    this.#partial.delete(orderId);
    this.#previous = { grams, received_at: receivedAt };
  }

  /** Packages weighed before the last one of a multi-package order (in the database until it ships; stale when its items changed). */
  async measured(db: Db, orderId: number): Promise<MeasuredPackage[]> {
    return loadMeasures(db, orderId, await this.packingKey(db, orderId));
  }

  /**
   * One package of several is weighed: written at once (a restart or a reloaded window keeps it),
   * the next one's step begins now, and this weight is the one before it. Both are this
   * transaction's until it commits: a retried attempt (a lost race) weighs the same package again
   * as the first did, not as the package after its own weight.
   */
  async measure(db: Db, orderId: number, pkg: MeasuredPackage, reading: { grams: number; receivedAt: string } | null, station: string): Promise<void> {
    const now = new Date().toISOString();
    await saveMeasure(db, orderId, pkg, { packingKey: await this.packingKey(db, orderId), readAt: reading?.receivedAt ?? null, station, now });
    const next: NextStep = { orderId, startedAt: now, previous: reading ? { grams: reading.grams, received_at: reading.receivedAt } : undefined };
    const own = this.#uncommitted.get(db);
    if (own) own.push(next);
    else if (db.isTransaction) this.#uncommitted.set(db, [next]);
    afterCommit(db, () => {
      this.#started.set(orderId, next.startedAt);
      if (next.previous) this.#previous = next.previous;
    });
  }

  partial(orderId: number): boolean {
    return this.#partial.has(orderId);
  }

  /** Returns how to put the order's choice and package step back (when the change does not commit). */
  setPartial(orderId: number, on: boolean): () => void {
    const [was, started] = [this.#partial.has(orderId), this.#started.get(orderId)];
    if (on) this.#partial.add(orderId);
    else this.#partial.delete(orderId);
    this.leave(orderId);
    return () => {
      if (was) this.#partial.add(orderId);
      else this.#partial.delete(orderId);
      if (started !== undefined) this.#started.set(orderId, started);
    };
  }
}
