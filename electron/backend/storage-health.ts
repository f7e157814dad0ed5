import type { Message } from '../../shared/i18n/message';
import type { StorageFault } from '../../shared/api/errors';
import type { StorageStatus } from '../../shared/api/requests/station';
import { STORAGE_UNAVAILABLE_MESSAGE } from '../../shared/api/requests/storage';
import { asStorageFault } from '../storage/faults';
import { isStorageUnavailable, storageUnavailableMessage } from '../storage/unavailable';

export const STORAGE_OK: StorageStatus = { ok: true, fault: null, message: null, since: null };

/**
 * Whether the station can record right now. A storage fault met by any request (station API,
 * REST) or by the change feed is logged and turns the status to failing, which every screen shows
 * as a banner; while failing, a small write is tried every `probeMs` and the first that succeeds
 * clears it (a PostgreSQL server that comes back is seen within that interval).
 */
export class StorageHealth {
  #status: StorageStatus = STORAGE_OK;
  #timer: NodeJS.Timeout | undefined;
  #closed = false;

  constructor(
    private readonly probe: () => Promise<void>,
    private readonly log: (message: string) => void,
    private readonly publish: (status: StorageStatus) => void,
    private readonly probeMs = 500,
  ) {}

  status(): StorageStatus {
    return this.#status;
  }

  get available(): boolean {
    return this.#status.ok;
  }

  get message(): string | null {
    return this.#status.message;
  }

  /** A fault met while doing `what` (a request name, a route): logged every time. */
  report(fault: { fault: StorageFault; message: string; text?: Message | undefined }, what: string): void {
    this.log(`scanbay: storage fault (${fault.fault}) in ${what}: ${fault.message}`);
    if (this.#closed) return;
    const changed = this.#status.fault !== fault.fault || this.#status.message !== fault.message;
    if (changed) {
      this.#status = { ok: false, fault: fault.fault, message: fault.message, since: this.#status.since ?? new Date().toISOString() };
      if (fault.text) Object.assign(this.#status, { message_key: fault.text.key, params: fault.text.params });
      this.publish(this.#status);
    }
    this.#schedule();
  }

  /** A raw driver error met outside a request (the change feed): reported when it is a storage fault. */
  reportError(err: unknown, what: string): boolean {
    if (isStorageUnavailable(err)) {
      this.log(`scanbay: ${storageUnavailableMessage(err) ?? 'database unreachable'}`);
      this.report({ fault: 'unavailable', message: STORAGE_UNAVAILABLE_MESSAGE }, what);
      return true;
    }
    const fault = asStorageFault(err);
    if (!fault) return false;
    this.report({ fault: fault.fault, message: fault.message }, what);
    return true;
  }

  close(): void {
    this.#closed = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
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
