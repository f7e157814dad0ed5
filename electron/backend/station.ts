import { mkdirSync } from 'node:fs';
import type { Shell, StationInfo } from '../../shared/api/requests/station';
import { OptionsService } from '../options/options-service';
import { openDatabase, type Database } from '../storage/database';
import { chooseStore, type StoreChoice } from './station-config';
import { StorageHealth } from './storage-health';
import { readSharedOptions, writeSharedOptions } from '../storage/repos/shared-options';
import { startLiveChanges } from './live-changes';
import { confStoreFactory, type StoreFactory } from '../options/store';
import { createDispatcher, type Dispatch } from './dispatcher';
import { scaleConfigFromOptions } from '../../shared/devices/scale/options';
import { scannerConfigFromOptions } from '../../shared/devices/scanner/options';
import type { OptionValues } from '../../shared/options/registry';
import { DeviceManager, type DeviceConfigs, type DeviceManagerDeps } from '../devices/device-manager';
import { EventBus } from './event-bus';
import { createHandlers } from './handlers';
import { SupervisorPins } from '../workflows/kit/supervisor-pin';
import { StationSession } from './station-session';
import { optionsAudit, reconcileSerialKeyPolicy, serialKeyGuard } from './option-hooks';
import { SCANBAY_VERSION } from './version';

export interface OpenStationOptions {
  dataDir: string;
  /** `--database URL`: overrides $SCANBAY_DATABASE_URL and the data dir's station config. */
  database?: string;
  shell: Shell;
  /** conf under Node (default); the Electron shell passes electron-store. */
  storeFactory?: StoreFactory;
  /** Path of a better-sqlite3 binding built for this runtime (the Electron app's ABI). */
  nativeBinding?: string;
  /** Follow option changes made by other processes (long-running shells only). */
  watchOptions?: boolean;
  /** Open the configured scanner and scale (long-running shells only; CLI one-shots do not). */
  startDevices?: boolean;
  /** Replaces node-hid / serialport for tests. */
  deviceDeps?: DeviceManagerDeps;
  log?: (message: string) => void;
}

/** The station backend: one per process, shared by every shell (IPC, WebSocket, REST, CLI). */
export interface Station {
  readonly dataDir: string;
  /** The stable id of this station (created in its data dir), written into every ledger event. */
  readonly stationId: string;
  /** Where the data is and which setting chose it (the URL inside never leaves the process). */
  readonly store: StoreChoice;
  /** Whether the database can be reached now (PostgreSQL); failures turn it off until a probe succeeds. */
  readonly storageHealth: StorageHealth;
  /** The better-sqlite3 binding this process loads (the Electron app's ABI), for opening other SQLite files. */
  readonly nativeBinding: string | undefined;
  readonly shell: Shell;
  readonly options: OptionsService;
  readonly database: Database;
  readonly events: EventBus;
  readonly devices: DeviceManager;
  readonly session: StationSession;
  /** Supervisor approvals by PIN, with the station's failure count and lock. */
  readonly approvals: SupervisorPins;
  readonly dispatch: Dispatch;
  info(): StationInfo;
  close(): Promise<void>;
}

/** Composition root: opens the data dir, loads options and wires the backend. Plain Node. */
export async function openStation(opts: OpenStationOptions): Promise<Station> {
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 });
  const options = new OptionsService(opts.dataDir, opts.storeFactory ?? confStoreFactory);
  const store = chooseStore(opts.dataDir, opts.database);
  const database = await openDatabase({
    location: store.location,
    stationId: store.stationId,
    poolSize: store.poolSize,
    ...(opts.nativeBinding === undefined ? {} : { nativeBinding: opts.nativeBinding }),
    onConnectionError: (message) => log(`scanbay: database connection lost: ${message}`),
  });
  const events = new EventBus();
  const storageHealth = new StorageHealth(database.db, {
    changed: (available, message) => events.publish('storage.status', { available, message }),
    log,
  });
  const session = new StationSession((user) => events.publish('session.changed', { user }));
  try {
    if (database.dialect === 'postgres') {
      // Stations sharing the database share its warehouse-wide options (receiving.*, shipping.*, …).
      await options.attachShared({
        load: () => readSharedOptions(database.db),
        save: (values, o) => writeSharedOptions(database.db, values, options.get('general.stationName'), o),
      });
    }
    await reconcileSerialKeyPolicy(database.db, options, log);
  } catch (err) {
    options.close();
    await database.close();
    throw err;
  }
  options.addGuard(serialKeyGuard(database.db));
  options.onLocalSet(optionsAudit(database.db, () => ({ userId: session.user?.id ?? null, station: options.get('general.stationName') })));
  const devices = new DeviceManager(
    {
      scan: (scan) => events.publish('scan', scan),
      reading: (reading) => events.publish('scale.reading', reading),
      raw: (frame) => events.publish('device.raw', frame),
      status: (state) => events.publish('device.status', state),
    },
    opts.deviceDeps,
  );
  const configureDevices = (values: OptionValues) =>
    devices.configure(opts.startDevices ? deviceConfigs(values) : { scanner: null, scale: null }).catch((err: unknown) =>
      log(`scanbay: device setup failed: ${err instanceof Error ? err.message : String(err)}`),
    );
  await configureDevices(options.values());

  options.onChange((keys, values) => {
    events.publish('options.changed', { keys, values });
    if (keys.some((k) => k.startsWith('devices.'))) void configureDevices(values);
  });
  if (opts.watchOptions) options.watch();
  // Long-running shells follow what other stations sharing the database change.
  const live = opts.watchOptions
    ? await startLiveChanges({ database, stationId: store.stationId, events, health: storageHealth, reloadSharedOptions: () => options.reloadShared(), log })
    : null;

  const station: Station = {
    dataDir: opts.dataDir,
    stationId: store.stationId,
    store,
    storageHealth,
    nativeBinding: opts.nativeBinding,
    shell: opts.shell,
    options,
    database,
    events,
    devices,
    session,
    approvals: new SupervisorPins(database.db),
    dispatch: undefined as unknown as Dispatch,
    info: () => ({
      version: SCANBAY_VERSION,
      stationName: options.get('general.stationName'),
      shell: opts.shell,
      dataDir: opts.dataDir,
      devices: devices.list(),
    }),
    async close() {
      await live?.close();
      storageHealth.close();
      await devices.stop();
      options.close();
      events.removeAllListeners();
      await database.close();
    },
  };
  (station as { dispatch: Dispatch }).dispatch = createDispatcher(
    createHandlers(station),
    (err) => log(`scanbay: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`),
    (err) => storageHealth.report(err),
  );
  return station;
}

/** Which drivers the options ask for. */
export function deviceConfigs(values: OptionValues): DeviceConfigs {
  return { scanner: scannerConfigFromOptions(values), scale: scaleConfigFromOptions(values) };
}
