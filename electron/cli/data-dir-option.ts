import { Option, type Command } from 'commander';
import { resolveDataDir } from '../backend/data-dir';

/** Every command takes `--data-dir DIR` (default: the desktop app's data dir or $SCANBAY_DATA_DIR). */
export function withDataDir(cmd: Command): Command {
  return cmd.addOption(new Option('--data-dir <dir>', 'station data directory'));
}

export function dataDirOf(opts: { dataDir?: string }): string {
  return resolveDataDir(opts.dataDir);
}

/**
 * Commands that open the station's data also take `--database URL` (`sqlite:PATH` or
 * `postgres://…`), which wins over $SCANBAY_DATABASE_URL and the data dir's station config.
 */
export function withStorage(cmd: Command): Command {
  return withDataDir(cmd).addOption(new Option('--database <url>', 'database: sqlite:PATH or postgres://user:password@host:port/db (default: the station config, else the data dir\'s scanbay.db)'));
}

export interface StationScope {
  dataDir: string;
  database?: string;
}

export function scopeOf(opts: { dataDir?: string; database?: string }): StationScope {
  return { dataDir: dataDirOf(opts), ...(opts.database === undefined ? {} : { database: opts.database }) };
}
