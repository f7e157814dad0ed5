import type { StorageFault } from '../../shared/api/errors';
import type { StorageStatus } from '../../shared/api/requests/station';

export const STORAGE_OK: StorageStatus = { ok: true, fault: null, message: null, since: null };

/**
 * Whether the station can record right now. A storage fault met by any request (station API,
 * REST) is logged and turns the status to failing, which the UI shows as a banner; while failing,
 * a small write is retried every `probeMs` and the first that succeeds clears it.
 */
export class StorageHealth {
  #status: StorageStatus = STORAGE_OK;
  #timer: NodeJS.Timeout | undefined;
  #closed = false;

  constructor(
    private readonly probe: () => Promise<void>,
    private readonly log: (message: string) => void,
    private readonly publish: (status: StorageStatus) => void,
    private readonly probeMs = 2000,
  ) {}

  status(): StorageStatus {
    return this.#status;
  }

  /** A fault met while doing `what` (a request name, a route): logged every time. */
  report(fault: { fault: StorageFault; message: string }, what: string): void {
    this.log(`scanbay: storage fault (${fault.fault}) in ${what}: ${fault.message}`);
    if (this.#closed) return;
    const changed = this.#status.fault !== fault.fault || this.#status.message !== fault.message;
    if (changed) {
      this.#status = { ok: false, fault: fault.fault, message: fault.message, since: this.#status.since ?? new Date().toISOString() };
      this.publish(this.#status);
    }
    this.#schedule();
  }

  close(): void {
    this.#closed = true;
    clearTimeout(this.#timer);
  }

  #schedule(): void {
    if (this.#timer !== undefined || this.#closed) return;
    this.#timer = setTimeout(() => void this.#check(), this.probeMs);
    this.#timer.unref();
  }

  async #check(): Promise<void> {
    this.#timer = undefined;
    if (this.#closed || this.#status.ok) return;
    try {
      await this.probe();
    } catch {
      this.#schedule();
      return;
    }
    if (this.#closed) return;
    this.log(`scanbay: storage recovered: the station records again (failing since ${this.#status.since})`);
    this.#status = STORAGE_OK;
    this.publish(this.#status);
  }
}
