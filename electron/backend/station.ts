import type { Shell, StationInfo } from '../../shared/api/requests/station';
import { OptionsService } from '../options/options-service';
import { openDatabase, type Database } from '../storage/database';
import { assertRoom, assertWritableDir, classifyStorageError, startupFault, type StorageFaultError } from '../storage/faults';
import { probeWrite } from '../storage/probe';
import { recoverImports } from '../storage/repos/import-journal';
import { StorageHealth } from './storage-health';
import { chooseStore, type StoreChoice } from './station-config';
import { readSharedOptions, writeSharedOptions } from '../storage/repos/shared-options';
import { startLiveChanges } from './live-changes';
import { confStoreFactory, type StoreFactory } from '../options/store';
import { createAccessCheck } from './access';
import { createDispatcher, type Dispatch, type RequestContext } from './dispatcher';
import { hasSupervisor } from '../users/badges';
import { scaleConfigFromOptions } from '../../shared/devices/scale/options';
import { scannerConfigFromOptions } from '../../shared/devices/scanner/options';
import type { OptionValues } from '../../shared/options/registry';
import { maskOptionValues } from '../../shared/options/secret';
import { DeviceManager, type DeviceConfigs, type DeviceManagerDeps } from '../devices/device-manager';
import { EventBus } from './event-bus';
import { createHandlers } from './handlers';
import { createRunner, operationTable, type Operations, type RunnerHooks } from '../operations/table';
import { installFeedWriter } from '../operations/feed-writer';
import { WebhookDelivery, type DeliveryDeps } from '../webhooks/delivery';
import { stationSecretKey } from '../crypto/seal';
import { SupervisorPins } from '../workflows/kit/supervisor-pin';
import { StationSession } from './station-session';
import { optionsRecorder, reconcileSerialKeyPolicy } from './option-hooks';
import { SCANBAY_VERSION } from './version';
import { createLogger, legacyLog, type Logger } from '../logging/logger';
import { logDeviceStatus } from './device-log';
import { runtimeNativeBinding } from './native-path';
import type { PdfPrintPort } from '../printing/pdf-print';

export interface OpenStationOptions {
  dataDir: string;
  /** `--database URL`: overrides $SCANBAY_DATABASE_URL and the data dir's station config. */
  database?: string;
  shell: Shell;
  /** conf (default; every shell uses it); tests may substitute a store. */
  storeFactory?: StoreFactory;
  /** Path of a better-sqlite3 binding built for this runtime (the Electron app's ABI). */
  nativeBinding?: string;
  /** Follow option changes made by other processes (long-running shells only). */
  watchOptions?: boolean;
  /** Open the configured scanner and scale (long-running shells only; CLI one-shots do not). */
  startDevices?: boolean;
  /** Replaces node-hid / serialport for tests. */
  deviceDeps?: DeviceManagerDeps;
  /**
   * Deliver the webhooks' outbox from this process (long-running shells only: the app's backend,
   * `scanbay serve`); an object tunes it (tests: a clock, a faster poll).
   */
  deliverWebhooks?: boolean | Pick<DeliveryDeps, 'now' | 'pollMs'>;
  /** SQLite: write the WAL file out to its working size at open, so commits never grow it (long-running shells only; see wal-reserve.ts). */
  reserveWal?: boolean;
  /** Where this process logs (pino, `<dataDir>/logs/scanbay.log`); default: warnings to stderr only. */
  logger?: Logger;
  /** Plain-text hook kept for older callers; by default it logs a warning through `logger`. */
  log?: (message: string) => void;
  /** The desktop app's print dialog for saved PDFs (`pools.pdfTarget` `dialog`); other shells have none. */
  pdfPrint?: PdfPrintPort;
}

/** The station backend: one per process, shared by every shell (IPC, WebSocket, REST, CLI). */
export interface Station {
  readonly dataDir: string;
  /** The stable id of this station (created in its data dir), written into every ledger event. */
  readonly stationId: string;
  /** Where the data is and which setting chose it (the URL inside never leaves the process). */
  readonly store: StoreChoice;
  /** The better-sqlite3 binding this process loads (the Electron app's ABI), for opening other SQLite files. */
  readonly nativeBinding: string | undefined;
  readonly shell: Shell;
  readonly options: OptionsService;
  readonly database: Database;
  readonly events: EventBus;
  readonly devices: DeviceManager;
  readonly session: StationSession;
  /** Whether storage can record; every storage fault met by a request is reported here (and logged). */
  readonly storage: StorageHealth;
  /** Supervisor approvals by PIN; wrong PINs are counted per requester in the database. */
  readonly approvals: SupervisorPins;
  readonly dispatch: Dispatch;
  /** The operation table and its runner (electron/operations/table.ts). */
  readonly operations: Operations;
  /** Log with level and context: `station.logger.error({ err, path }, 'what failed')`. */
  readonly logger: Logger;
  /** The desktop app's print dialog for saved PDFs, or null (browser mode, CLI, tests). */
  readonly pdfPrint: PdfPrintPort | null;
  info(): StationInfo;
  close(): Promise<void>;
}

/** Composition root: opens the data dir, loads options and wires the backend. Plain Node. */
export async function openStation(opts: OpenStationOptions): Promise<Station> {
  const logger = opts.logger ?? createLogger({ proc: shellProcess(opts.shell) });
  const log = opts.log ?? legacyLog(logger);
  // Refuse to start where nothing could be recorded, naming the path and the cause.
  assertWritableDir(opts.dataDir);
  const options = new OptionsService(opts.dataDir, opts.storeFactory ?? confStoreFactory);
  const store = chooseStore(opts.dataDir, opts.database);
  const nativeBinding = opts.nativeBinding ?? runtimeNativeBinding();
  const { database, fault } = await openWritableDatabase(opts, store, nativeBinding, log);
  const events = new EventBus();
  // The fault clears when the database records again and the disk has room for the options file too.
  const probe = async () => {
    assertRoom(opts.dataDir);
    await probeWrite(database.db);
  };
  const storage = new StorageHealth(probe, log, (status) => events.publish('storage.status', status));
  // A CLI one-shot meets the fault itself when it writes, and says so as its one line on stderr.
  if (fault && opts.shell !== 'cli') storage.report(fault, 'start-up');
  const session = new StationSession((user) => events.publish('session.changed', { user }));
  try {
    const rolledBack = await recoverImports(database.db);
    if (rolledBack.length > 0) log(`scanbay: rolled back ${rolledBack.length} serial import(s) left half way by a stopped process (import ${rolledBack.join(', ')})`);
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
    storage.close();
    await database.close();
    throw err;
  }
  // The rekey and the audit row commit before the options file changes (option-hooks.ts).
  options.setRecorder(optionsRecorder(database.db, () => ({ userId: session.user?.id ?? null, station: options.get('general.stationName') })));
  const devices = new DeviceManager(
    {
      scan: (scan) => events.publish('scan', scan),
      scale: (snapshot) => events.publish('scale.reading', snapshot),
      raw: (frame) => events.publish('device.raw', frame),
      status: (state) => {
        if (opts.startDevices) logDeviceStatus(logger, state);
        events.publish('device.status', state);
      },
    },
    opts.deviceDeps,
  );
  const configureDevices = (values: OptionValues) =>
    devices.configure(opts.startDevices ? deviceConfigs(values) : { scanner: null, scale: null }).catch((err: unknown) =>
      logger.error({ err }, 'device setup failed'),
    );
  await configureDevices(options.values());

  options.onChange((keys, values) => {
    events.publish('options.changed', { keys, values: maskOptionValues(values) });
    if (keys.some((k) => k.startsWith('devices.'))) void configureDevices(values);
  });
  if (opts.watchOptions) options.watch();
  // Long-running shells follow what other stations sharing the database change.
  const live = opts.watchOptions
    ? await startLiveChanges({ database, stationId: store.stationId, events, health: storage, reloadSharedOptions: () => options.reloadShared(), log })
    : null;

  const station: Station = {
    dataDir: opts.dataDir,
    stationId: store.stationId,
    store,
    nativeBinding,
    shell: opts.shell,
    options,
    database,
    events,
    devices,
    session,
    storage,
    approvals: new SupervisorPins(database.db),
    dispatch: undefined as unknown as Dispatch,
    operations: undefined as unknown as Operations,
    logger,
    pdfPrint: opts.pdfPrint ?? null,
    info: () => ({
      version: SCANBAY_VERSION,
      stationName: options.get('general.stationName'),
      shell: opts.shell,
      dataDir: opts.dataDir,
      logFile: (logger as { file?: string }).file ?? null,
      devices: devices.list(),
      storage: storage.status(),
    }),
    async close() {
      await delivery?.stop();
      await live?.close();
      storage.close();
      await devices.stop();
      options.close();
      events.removeAllListeners();
      await database.close();
    },
  };
  const checkAccess = createAccessCheck({
    user: () => session.user,
    requireSignIn: () => options.get('general.requireSignIn'),
    hasSupervisor: () => hasSupervisor(database.db),
    hasUsers: async () => (await database.db.selectFrom('users').select('id').where('disabled_at', 'is', null).limit(1).executeTakeFirst()) !== undefined,
  });
  installFeedWriter();
  const handlers = createHandlers(station);
  const table = operationTable(handlers);
  const push: RunnerHooks['push'] = (event, ctx, input) => {
    const source = ctx.origin === 'rest' ? 'api' : 'station';
    if (event === 'pools.changed') events.publish(event, { source });
    else events.publish(event, { order_number: (input as { order_number: string }).order_number, source });
  };
  const who = (ctx: RequestContext) => ({
    station: options.get('general.stationName'),
    actor: ctx.apiKeyName !== undefined ? `api:${ctx.apiKeyName}` : (session.user?.name ?? (ctx.origin === 'cli' ? 'cli' : null)),
  });
  (station as { operations: Operations }).operations = { table, run: createRunner(table, { checkAccess, push, who }) };
  (station as { dispatch: Dispatch }).dispatch = createDispatcher(
    handlers,
    (err, request) => logger.error({ err, request }, `internal error in ${request}`),
    (err, request) => storage.report({ fault: err.fault ?? 'unavailable', message: err.message, text: err.text }, request),
    checkAccess,
    push,
    station.operations,
  );
  const delivery = opts.deliverWebhooks
    ? new WebhookDelivery({
        db: () => database.db,
        key: stationSecretKey(opts.dataDir),
        log: (level, message) => logger[level](message),
        ...(typeof opts.deliverWebhooks === 'object' ? opts.deliverWebhooks : {}),
      })
    : null;
  delivery?.start();
  return station;
}

function shellProcess(shell: Shell): 'app' | 'serve' | 'cli' | 'backend' {
  return shell === 'electron' ? 'backend' : shell === 'browser' ? 'serve' : 'cli';
}

/**
 * Opens the station database and proves it can record (a read-only file opens without a word).
 * Unwritable storage refuses the start, naming the path and the cause; a full disk or a busy
 * database does not (reads still work, and it may clear): that fault is returned for the banner.
 */
async function openWritableDatabase(
  opts: OpenStationOptions,
  store: StoreChoice,
  nativeBinding: string | undefined,
  log: (message: string) => void,
): Promise<{ database: Database; fault: StorageFaultError | null }> {
  const file = store.location.kind === 'sqlite' ? store.location.file : null;
  let database: Database | undefined;
  try {
    database = await openDatabase({
      location: store.location,
      stationId: store.stationId,
      poolSize: store.poolSize,
      ...(nativeBinding === undefined ? {} : { nativeBinding }),
      // A running station (app, serve) keeps checkpoints off the scan path; a CLI command is too short for it.
      backgroundCheckpoints: opts.shell !== 'cli',
      reserveWal: opts.reserveWal === true,
      onConnectionError: (message) => log(`scanbay: database connection lost: ${message}`),
    });
    const reserve = database.walReserve;
    if (reserve && !reserve.reserved && reserve.why === 'write_failed') log(`scanbay: the WAL file could not be made its working size (${reserve.message}); commits will grow it`);
    await probeWrite(database.db);
    return { database, fault: null };
  } catch (err) {
    // PostgreSQL: its own errors (unreachable, refused, newer schema) say what is wrong; the CLI maps them.
    if (store.location.kind === 'postgres') {
      await database?.close();
      throw err;
    }
    const fault = classifyStorageError(err, file);
    if (database && fault && (fault.fault === 'disk_full' || fault.fault === 'busy')) return { database, fault };
    await database?.close();
    // A CLI command on a full disk says the one sentence of a write refused for lack of room.
    if (fault?.fault === 'disk_full' && opts.shell === 'cli') throw fault;
    throw fault ? startupFault(fault) : err;
  }
}

/** Which drivers the options ask for. */
export function deviceConfigs(values: OptionValues): DeviceConfigs {
  return { scanner: scannerConfigFromOptions(values), scale: scaleConfigFromOptions(values) };
}
