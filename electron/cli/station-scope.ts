import { openStation, type OpenStationOptions, type Station } from '../backend/station';
import { cliLogger } from './cli-log';
import { EXIT_STORAGE } from './program';
import { StationConfigError } from '../backend/station-config';
import { NewerSchemaError } from '../storage/errors';
import { storageUnavailableMessage } from '../storage/unavailable';
import { StoreUrlError } from '../storage/store-url';
import type { StationScope } from './data-dir-option';
import { CliError } from './errors';

/** Opens the station for a CLI command; storage failures become one clear line and exit 74. */
export async function openCliStation(scope: StationScope, opts: Partial<OpenStationOptions> = {}): Promise<Station> {
  try {
    return await openStation({ shell: 'cli', ...opts, logger: opts.logger ?? cliLogger(scope.dataDir), dataDir: scope.dataDir, ...(scope.database === undefined ? {} : { database: scope.database }) });
  } catch (err) {
    throw cliStorageError(err);
  }
}

/** A storage failure as the CLI reports it; other errors pass through unchanged. */
export function cliStorageError(err: unknown): unknown {
  if (err instanceof StoreUrlError || err instanceof StationConfigError) return new CliError(err.message, 2);
  if (err instanceof NewerSchemaError) return new CliError(err.message, EXIT_STORAGE);
  const unavailable = storageUnavailableMessage(err);
  if (unavailable) return new CliError(unavailable, EXIT_STORAGE);
  return err;
}

/** Opens the station of a data dir for one CLI command and always closes it. */
export async function withStation<T>(scope: StationScope, fn: (station: Station) => Promise<T>): Promise<T> {
  const station = await openCliStation(scope);
  try {
    return await fn(station);
  } catch (err) {
    throw cliStorageError(err);
  } finally {
    await station.close();
  }
}
