import type { DeviceStatus } from '../../shared/devices/status';
import { TypedEmitter } from './typed-emitter';

export interface DriverEvents {
  status: DeviceStatus;
  error: Error;
}

export interface BackoffOptions {
  /** First retry delay in ms. */
  initialMs?: number;
  /** Upper bound; kept low so a device that comes back is used again within about a second. */
  maxMs?: number;
  factor?: number;
}

/**
 * Base class for device drivers: an explicit status, and reconnect with exponential backoff
 * after the device disappears or fails to open. Subclasses implement `open()` (resolve once
 * connected, throw if it cannot) and call `connectionLost(err)` when an open device goes away.
 */
export abstract class ReconnectingDriver<Events extends DriverEvents> extends TypedEmitter<Events> {
  #status: DeviceStatus = 'disconnected';
  #running = false;
  #timer: NodeJS.Timeout | undefined;
  #attempt = 0;
  readonly #backoff: Required<BackoffOptions>;

  constructor(backoff: BackoffOptions = {}) {
    super();
    this.#backoff = { initialMs: backoff.initialMs ?? 200, maxMs: backoff.maxMs ?? 1000, factor: backoff.factor ?? 2 };
  }

  get status(): DeviceStatus {
    return this.#status;
  }

  get running(): boolean {
    return this.#running;
  }

  /** Open the device now; returns the underlying handle's cleanup through `close()`. */
  protected abstract open(): Promise<void>;

  /** Release the device; must be safe to call when it is already closed. */
  protected abstract close(): Promise<void>;

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#attempt = 0;
    void this.#tryOpen();
  }

  async stop(): Promise<void> {
    this.#running = false;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.close().catch((err: unknown) => this.emit('error', toError(err)));
    this.#setStatus('disconnected');
  }

  /** Called by subclasses when an open device errors or disappears. */
  protected connectionLost(err?: Error): void {
    if (err) this.emit('error', err);
    void this.close().catch(() => undefined);
    this.#setStatus('disconnected');
    this.#scheduleRetry();
  }

  /** Delay before retry number `attempt` (0-based). */
  retryDelay(attempt: number): number {
    return Math.min(this.#backoff.maxMs, this.#backoff.initialMs * this.#backoff.factor ** attempt);
  }

  async #tryOpen(): Promise<void> {
    if (!this.#running) return;
    this.#setStatus('connecting');
    try {
      await this.open();
      if (!this.#running) {
        await this.close();
        return;
      }
      this.#attempt = 0;
      this.#setStatus('connected');
    } catch (err) {
      this.emit('error', toError(err));
      this.#setStatus('disconnected');
      this.#scheduleRetry();
    }
  }

  #scheduleRetry(): void {
    if (!this.#running || this.#timer) return;
    const delay = this.retryDelay(this.#attempt++);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#tryOpen();
    }, delay);
  }

  #setStatus(status: DeviceStatus): void {
    if (status === this.#status) return;
    this.#status = status;
    this.emit('status', status);
  }
}

export function toError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}
