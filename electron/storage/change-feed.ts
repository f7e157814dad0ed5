import type pg from 'pg';
import { CHANGE_CHANNEL, areasOf, type ChangeArea } from './change-tables';
import { pgModule } from './postgres-driver';
import type { StoreLocation } from './store-url';

/**
 * PostgreSQL-specific: what other stations sharing the database changed, as it COMMITs
 * (LISTEN scanbay_changes; the triggers of migration 13 send "<table> <application_name>").
 * A dedicated connection, reconnected by itself (250 ms, doubling up to 2 s) after the server
 * went away; after a reconnect every area counts as changed, since notifications sent meanwhile
 * are lost. Where the server has no LISTEN (some PostgreSQL-compatible engines), it polls a
 * fingerprint of the shared tables once a second instead.
 */

export interface ChangeNotice {
  areas: ChangeArea[];
  /** The writing station's id (its application_name), or null when unknown. */
  stationId: string | null;
}

export interface ChangeFeedOptions {
  location: StoreLocation & { kind: 'postgres' };
  /** This station's id (the listening connection is named after it). */
  stationId: string;
  /** The application_name of this process's own writing connections: its own changes are not reported back. */
  ownApplication: string;
  onChange(notice: ChangeNotice): void;
  /** The feed's connection broke (the database may be down), or works again. */
  onConnection?(up: boolean, err?: unknown): void;
  pollMs?: number;
  /** Poll even where LISTEN works (tests of the fallback). */
  poll?: boolean;
}

const ALL: ChangeArea[] = ['documents', 'stock', 'pools', 'options'];
const FEATURE_NOT_SUPPORTED = '0A000';

const FINGERPRINT = `select
  (select max(seq) from serial_events) as ledger,
  (select max(updated_at) from orders) as orders,
  (select max(updated_at) from purchase_orders) as pos,
  (select max(id) from packing_scans) as packed,
  (select count(*) from packing_scans) as packed_n,
  (select max(id) from receiving_sessions) as sessions,
  (select max(id) from returns) as returns,
  (select max(id) from transfers) as transfers,
  (select max(updated_at) from shared_options) as options`;

export class ChangeFeed {
  #client: pg.Client | undefined;
  #timer: NodeJS.Timeout | undefined;
  #delay = 250;
  #closed = false;
  #polling: boolean;
  #fingerprint: string | undefined;

  constructor(private readonly opts: ChangeFeedOptions) {
    this.#polling = opts.poll ?? false;
  }

  /** Connects and listens; resolves once listening (or once the first attempt failed: it keeps trying). */
  async start(): Promise<void> {
    await this.#connect(false);
  }

  async #connect(again: boolean): Promise<void> {
    if (this.#closed) return;
    const client = new (pgModule().Client)({ connectionString: this.opts.location.url, application_name: `scanbay ${this.opts.stationId} listen`, connectionTimeoutMillis: 3000, keepAlive: true });
    this.#client = client;
    client.on('error', (err) => this.#lost(client, err));
    client.on('end', () => this.#lost(client, new Error('connection ended')));
    try {
      await client.connect();
      if (this.#polling) {
        await this.#poll(client);
      } else {
        client.on('notification', (n) => this.#notified(n.payload ?? ''));
        await client.query(`listen ${CHANGE_CHANNEL}`);
      }
    } catch (err) {
      if ((err as { code?: string }).code === FEATURE_NOT_SUPPORTED && !this.#polling) {
        this.#polling = true;
        await client.end().catch(() => undefined);
        return this.#connect(again);
      }
      this.#lost(client, err);
      return;
    }
    this.#delay = 250;
    this.opts.onConnection?.(true);
    if (again) this.opts.onChange({ areas: ALL, stationId: null });
  }

  #notified(payload: string): void {
    const space = payload.indexOf(' ');
    const table = space < 0 ? payload : payload.slice(0, space);
    const application = space < 0 ? '' : payload.slice(space + 1);
    if (application === this.opts.ownApplication) return;
    const stationId = /^scanbay (\S+)/.exec(application)?.[1] ?? null;
    const areas = [...areasOf(table)];
    if (areas.length > 0) this.opts.onChange({ areas, stationId });
  }

  async #poll(client: pg.Client): Promise<void> {
    const tick = async () => {
      if (this.#closed || this.#client !== client) return;
      try {
        const { rows } = await client.query(FINGERPRINT);
        const next = JSON.stringify(rows[0]);
        if (this.#fingerprint !== undefined && next !== this.#fingerprint) this.opts.onChange({ areas: ALL, stationId: null });
        this.#fingerprint = next;
        this.#timer = setTimeout(() => void tick(), this.opts.pollMs ?? 1000);
        this.#timer.unref();
      } catch (err) {
        this.#lost(client, err);
      }
    };
    await tick();
  }

  #lost(client: pg.Client, err: unknown): void {
    if (this.#client !== client || this.#closed) return;
    this.#client = undefined;
    clearTimeout(this.#timer);
    client.removeAllListeners('notification');
    void client.end().catch(() => undefined);
    this.opts.onConnection?.(false, err);
    const delay = this.#delay;
    this.#delay = Math.min(this.#delay * 2, 2000);
    this.#timer = setTimeout(() => void this.#connect(true), delay);
    this.#timer.unref();
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#timer);
    const client = this.#client;
    this.#client = undefined;
    await client?.end().catch(() => undefined);
  }
}
