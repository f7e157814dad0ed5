import { randomUUID } from 'node:crypto';
import { openSecret } from '../crypto/seal';
import { enabledWebhookIds, getWebhook, markDelivered, markFailed, pendingBatch, releaseLease, takeLease } from '../storage/repos/webhooks';
import type { Db } from '../storage/schema';
import { signBody } from '../integrations/signature';

export const DISABLE_AFTER_MS = 24 * 60 * 60 * 1000;
const MAX_BACKOFF_MS = 60 * 60 * 1000;
const BATCH = 100;
const TIMEOUT_MS = 10_000;
/** A delivery's lease outlives one POST (renewed before each): a killed process holds it this long at most. */
const LEASE_MS = TIMEOUT_MS + 5_000;

/** Exponential backoff: 2 s, 4 s, 8 s… capped at 1 h (the webhook is disabled after 24 h of failures). */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 2000 * 2 ** Math.min(attempts, 20));
}

export interface DeliveryDeps {
  db(): Db;
  /** The station's key for sealed secrets (crypto/seal.ts). */
  key: Buffer;
  now?(): Date;
  log?(level: 'info' | 'warn', message: string): void;
  pollMs?: number;
}

/**
 * Delivers each webhook's outbox: POST {"events":[…]} signed, in event order, at least once;
 * a failure is retried with backoff and, after 24 h of failures, the webhook is disabled. Runs in
 * long-running processes (the app's backend, `scanbay serve`); a lease per webhook lets one
 * process at a time deliver it, across every station on a shared database.
 */
export class WebhookDelivery {
  readonly #owner = randomUUID();
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<void> | null = null;
  #stopped = false;

  constructor(private readonly deps: DeliveryDeps) {}

  start(): void {
    const tick = () => {
      if (this.#stopped) return;
      this.#running = this.runOnce()
        .catch((err: unknown) => this.deps.log?.('warn', `webhook delivery: ${err instanceof Error ? err.message : String(err)}`))
        .finally(() => {
          this.#running = null;
          if (!this.#stopped) this.#timer = setTimeout(tick, this.deps.pollMs ?? 1000);
        });
    };
    tick();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    await this.#running;
  }

  /** One pass over every enabled webhook: delivers what is due. */
  async runOnce(): Promise<void> {
    for (const id of await enabledWebhookIds(this.deps.db())) await this.#deliverWebhook(id);
  }

  async #deliverWebhook(id: number): Promise<void> {
    const db = this.deps.db();
    const now = this.#now();
    if (!(await takeLease(db, id, this.#owner, now, new Date(now.getTime() + LEASE_MS)))) return;
    try {
      for (;;) {
        const hook = await getWebhook(db, id);
        if (!hook?.enabled) return;
        const batch = await pendingBatch(db, id, BATCH);
        if (!batch || Date.parse(batch.nextAttemptAt) > this.#now().getTime()) return;
        const secret = openSecret(hook.secret, this.deps.key);
        // Sealed by another station's key: left for a station that can sign it.
        if (secret === null) return;
        const now = this.#now();
        if (!(await takeLease(db, id, this.#owner, now, new Date(now.getTime() + LEASE_MS)))) return;
        const error = await this.#post(hook.url, secret, batch.events);
        const at = this.#now();
        if (error === null) {
          await markDelivered(db, id, batch.rowIds, at);
          continue;
        }
        const { disabled } = await markFailed(db, id, batch.rowIds, error, at, new Date(at.getTime() + backoffMs(batch.attempts)), DISABLE_AFTER_MS);
        this.deps.log?.('warn', `webhook ${id} (${hook.url}): ${error}${disabled ? ' — disabled after failing for 24 h' : ''}`);
        return;
      }
    } finally {
      await releaseLease(db, id, this.#owner);
    }
  }

  /** null when the receiver answered 2xx; else why not. */
  async #post(url: string, secret: string, events: unknown[]): Promise<string | null> {
    const body = JSON.stringify({ events });
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-scanbay-signature': signBody(secret, body, this.#now()) },
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
        redirect: 'manual',
      });
      await res.arrayBuffer().catch(() => undefined);
      return res.status >= 200 && res.status < 300 ? null : `HTTP ${res.status}`;
    } catch (err) {
      return err instanceof Error ? (err.cause instanceof Error ? `${err.message}: ${err.cause.message}` : err.message) : String(err);
    }
  }

  #now(): Date {
    return this.deps.now?.() ?? new Date();
  }
}
