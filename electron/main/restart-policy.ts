/**
 * When to restart a crashed station backend: quickly at first, then backing off; a backend that
 * keeps dying (a native crash on every start) is given up after `maxCrashes` within `windowMs`.
 */
export class RestartPolicy {
  readonly #crashes: number[] = [];

  constructor(
    private readonly delaysMs: readonly number[] = [250, 1000, 2000, 5000],
    private readonly maxCrashes = 5,
    private readonly windowMs = 60_000,
  ) {}

  /** Records a crash at `now`; returns the delay before the next start, or null to give up. */
  next(now: number): number | null {
    this.#crashes.push(now);
    while (this.#crashes.length > 0 && now - (this.#crashes[0] as number) > this.windowMs) this.#crashes.shift();
    const n = this.#crashes.length;
    if (n >= this.maxCrashes) return null;
    return this.delaysMs[Math.min(n - 1, this.delaysMs.length - 1)] as number;
  }
}
