import { InvalidArgumentError, type Command } from 'commander';
import { chooseStore, loadStationConfig, writeStationConfig } from '../../backend/station-config';
import { CopyError, copySqliteToPostgres } from '../../storage/copy';
import { openDatabase } from '../../storage/database';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion } from '../../storage/migrator';
import { parseStoreUrl } from '../../storage/store-url';
import { dataDirOf, scopeOf, withDataDir, withStorage } from '../data-dir-option';
import { CliError } from '../errors';
import { printJson } from '../io';
import { cliStorageError } from '../station-scope';

type Flags = { dataDir?: string; database?: string };

function poolSize(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 100) throw new InvalidArgumentError(`"${value}" is not a pool size (1–100)`);
  return n;
}

async function storageStep<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof CopyError) throw new CliError(err.message);
    throw cliStorageError(err);
  }
}

/** `scanbay db migrate|info|use|copy`: where the station's data is, and moving it. */
export function register(program: Command): void {
  const db = program.command('db').description('the station database: migrate, show, choose, copy');

  withStorage(db.command('migrate').description('apply pending migrations to the database (PostgreSQL: safe while other stations start)')).action(async (opts: Flags) => {
    const { dataDir, database } = scopeOf(opts);
    await storageStep(async () => {
      const store = chooseStore(dataDir, database);
      const d = await openDatabase({ location: store.location, stationId: store.stationId, migrate: false });
      try {
        const { from, to } = await migrate(d.db);
        printJson({ database: store.location.display, from, to });
      } finally {
        await d.close();
      }
    });
  });

  withStorage(db.command('info').description('print the station id, the database (password hidden) and its schema version')).action(async (opts: Flags) => {
    const { dataDir, database } = scopeOf(opts);
    await storageStep(async () => {
      const store = chooseStore(dataDir, database);
      const d = await openDatabase({ location: store.location, stationId: store.stationId, migrate: false });
      try {
        printJson({ station_id: store.stationId, database: store.location.display, kind: store.location.kind, chosen_by: store.from, pool_size: store.poolSize, schema: await schemaVersion(d.db), latest: LATEST_SCHEMA_VERSION });
      } finally {
        await d.close();
      }
    });
  });

  withDataDir(
    db
      .command('use')
      .argument('<url>', 'sqlite:PATH, sqlite: (the data dir\'s scanbay.db) or postgres://user:password@host:port/db')
      .option('--pool-size <n>', 'PostgreSQL connections this station keeps open at most (default 10)', poolSize)
      .description("make this station use a database from now on (kept in the data dir's station.json; checked and migrated first)"),
  ).action(async (url: string, opts: { dataDir?: string; poolSize?: number }) => {
    const dataDir = dataDirOf(opts);
    await storageStep(async () => {
      const config = loadStationConfig(dataDir);
      const location = parseStoreUrl(url, dataDir);
      const d = await openDatabase({ location, stationId: config.stationId });
      await d.close();
      const isDefault = location.kind === 'sqlite' && parseStoreUrl('', dataDir).display === location.display;
      const databaseConfig = { ...(isDefault ? {} : { url }), ...(opts.poolSize === undefined ? (config.database.poolSize === undefined ? {} : { poolSize: config.database.poolSize }) : { poolSize: opts.poolSize }) };
      writeStationConfig(dataDir, { ...config, database: databaseConfig });
      printJson({ station_id: config.stationId, database: location.display, restart: 'running stations of this data dir use it after a restart' });
    });
  });

  withDataDir(
    db
      .command('copy')
      .requiredOption('--from <url>', 'the SQLite database to copy (sqlite:PATH)')
      .requiredOption('--to <url>', 'an empty PostgreSQL database (postgres://user:password@host:port/db)')
      .description('copy a station\'s SQLite data into an empty PostgreSQL database (ids and sequences kept, row counts verified)'),
  ).action(async (opts: { from: string; to: string; dataDir?: string }) => {
    const dataDir = dataDirOf(opts);
    await storageStep(async () => printJson(await copySqliteToPostgres(parseStoreUrl(opts.from, dataDir), parseStoreUrl(opts.to, dataDir))));
  });
}
