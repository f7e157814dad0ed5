import { sql } from 'kysely';
import { STORAGE_UNAVAILABLE_MESSAGE } from '../../shared/api/requests/storage';
import type { Db } from '../storage/schema';
import { isStorageUnavailable, storageUnavailableMessage } from '../storage/unavailable';

export interface StorageHealthEvents {
  changed(available: boolean, message: string | null): void;
  log(message: string): void;
}

/**
 * Whether the station's database can be reached. A request that fails because it cannot be
 * (`report`) turns the station to unavailable — every station screen shows the banner — and
 * starts a probe every `probeMs` that turns it back as soon as a query succeeds: with the pool
 * connecting again on demand, scans work again within the probe interval of the server's return.
 */
export class StorageHealth {
  #available = true;
  #message: string | null = null;
  #timer: NodeJS.Timeout | undefined;
  #closed = false;

  constructor(
    private readonly db: Db,
    private readonly events: StorageHealthEvents,
    private readonly probeMs = 500,
  ) {}

  get available(): boolean {
    return this.#available;
  }

  get message(): string | null {
    return this.#message;
  }

  /** Looks at a failure: when it says the database is unreachable, the station is unavailable until a probe succeeds. */
  report(err: unknown): boolean {
    if (!isStorageUnavailable(err)) return false;
    if (this.#available) {
      this.#available = false;
      this.#message = STORAGE_UNAVAILABLE_MESSAGE;
      this.events.log(`scanbay: ${storageUnavailableMessage(err) ?? 'database unreachable'}`);
      this.events.changed(false, this.#message);
    }
    this.#schedule();
    return true;
  }

  #schedule(): void {
    if (this.#timer || this.#closed) return;
    this.#timer = setTimeout(() => void this.#probe(), this.probeMs);
    this.#timer.unref();
  }

  async #probe(): Promise<void> {
    this.#timer = undefined;
    try {
      await sql`select 1`.execute(this.db);
    } catch (err) {
      if (!isStorageUnavailable(err)) this.events.log(`scanbay: database probe failed: ${err instanceof Error ? err.message : String(err)}`);
      this.#schedule();
      return;
    }
    if (this.#closed || this.#available) return;
    this.#available = true;
    this.#message = null;
    this.events.log('scanbay: database reachable again');
    this.events.changed(true, null);
  }

  close(): void {
    this.#closed = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
