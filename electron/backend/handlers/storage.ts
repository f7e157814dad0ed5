import { StationError } from '../../../shared/api/errors';
import { msg } from '../../../shared/i18n/message';
import { openDatabase } from '../../storage/database';
import { parseStoreUrl, StoreUrlError } from '../../storage/store-url';
import { storageUnavailableMessage } from '../../storage/unavailable';
import type { Handlers } from '../dispatcher';
import type { Station } from '../station';
import { chooseStore, loadStationConfig, writeStationConfig } from '../station-config';

type StorageHandlers = Pick<Handlers, `storage.${string}` & keyof Handlers>;

/** Settings → Storage: where the data is, and choosing another database (effective after a restart). */
export function storageHandlers(station: Station): StorageHandlers {
  return {
    'storage.status': () => ({
      kind: station.store.location.kind,
      database: station.store.location.display,
      chosenBy: station.store.from,
      stationId: station.stationId,
      poolSize: station.store.poolSize,
      available: station.storage.available,
      message: station.storage.message,
    }),
    'storage.configure': async ({ url, poolSize }) => {
      let location;
      try {
        location = parseStoreUrl(url, station.dataDir);
      } catch (err) {
        if (err instanceof StoreUrlError) throw new StationError('validation', err.message, [{ path: 'url', message: err.message }]);
        throw err;
      }
      const config = loadStationConfig(station.dataDir);
      // The database must be usable before a station is pointed at it: connect and migrate now.
      try {
        const d = await openDatabase({ location, stationId: config.stationId, ...(station.nativeBinding === undefined ? {} : { nativeBinding: station.nativeBinding }) });
        await d.close();
      } catch (err) {
        const unreachable = storageUnavailableMessage(err);
        throw new StationError(
          'unavailable',
          msg('errors-station.storage.cannotConnect', { database: location.display, detail: unreachable ?? (err instanceof Error ? err.message : String(err)) }),
          [{ path: 'url', message: 'the database could not be used' }],
        );
      }
      const isDefault = location.kind === 'sqlite' && location.display === parseStoreUrl('', station.dataDir).display;
      writeStationConfig(station.dataDir, {
        ...config,
        database: { ...(isDefault ? {} : { url }), ...(poolSize === undefined ? (config.database.poolSize === undefined ? {} : { poolSize: config.database.poolSize }) : { poolSize }) },
      });
      const now = chooseStore(station.dataDir);
      return { database: location.display, restartRequired: true as const, overriddenBy: now.from === 'env' ? ('env' as const) : station.store.from === 'flag' ? ('flag' as const) : null };
    },
  };
}
