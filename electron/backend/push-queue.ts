/**
 * Holds pushes for one UI client until it says it is ready (its listeners are attached), then
 * delivers them in order. A scan pushed while the window is still loading is not lost.
 */
export class PushQueue<T> {
  #ready = false;
  #pending: T[] = [];
  #dropped = 0;

  constructor(
    private readonly deliver: (item: T) => void,
    private readonly limit = 10_000,
  ) {}

  get ready(): boolean {
    return this.#ready;
  }

  /** Items dropped because a client never became ready (bounded memory). */
  get dropped(): number {
    return this.#dropped;
  }

  push(item: T): void {
    if (this.#ready) {
      this.deliver(item);
      return;
    }
    if (this.#pending.length >= this.limit) {
      this.#pending.shift();
      this.#dropped++;
    }
    this.#pending.push(item);
  }

  markReady(): void {
    if (this.#ready) return;
    this.#ready = true;
    const pending = this.#pending;
    this.#pending = [];
    for (const item of pending) this.deliver(item);
  }
}
