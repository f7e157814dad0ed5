import type { OptionValues } from '../../shared/options/registry';
import { restOptionsFor } from '../rest/rest-options';
import { startServer, type RunningServer } from '../server/http-server';
import type { Station } from './station';

/**
 * The desktop app's REST API: served while Settings → API → "Serve the REST API" is on, on the
 * configured address and port (loopback by default); restarted when they change.
 */
export class ApiServerControl {
  #server: RunningServer | null = null;
  #key = '';
  #chain: Promise<void> = Promise.resolve();

  constructor(private readonly station: Station) {}

  get origin(): string | null {
    return this.#server?.origin ?? null;
  }

  /** Applies the api.* options; calls are serialized so quick toggles never overlap. */
  apply(values: OptionValues): Promise<void> {
    this.#chain = this.#chain
      .then(() => this.#apply(values))
      .catch((err: unknown) => this.station.logger.error({ err, host: values['api.host'], port: values['api.port'] }, 'REST API cannot start'));
    return this.#chain;
  }

  stop(): Promise<void> {
    return this.apply({ ...this.station.options.values(), 'api.enabled': false });
  }

  async #apply(values: OptionValues): Promise<void> {
    const key = values['api.enabled'] ? `${values['api.host']}:${values['api.port']}` : '';
    if (key === this.#key) return;
    await this.#server?.close();
    this.#server = null;
    this.#key = '';
    if (!key) return;
    this.#server = await startServer({ station: this.station, host: values['api.host'], port: values['api.port'], uiDir: null, rest: restOptionsFor(this.station) });
    this.#key = key;
    this.station.logger.info({ origin: this.#server.origin }, `REST API listening on ${this.#server.origin}/api/v1`);
  }
}
