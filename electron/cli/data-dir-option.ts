import { Option, type Command } from 'commander';
import { resolveDataDir } from '../backend/data-dir';

/** Every command takes `--data-dir DIR` (default: the desktop app's data dir or $SCANBAY_DATA_DIR). */
export function withDataDir(cmd: Command): Command {
  return cmd.addOption(new Option('--data-dir <dir>', 'station data directory'));
}

export function dataDirOf(opts: { dataDir?: string }): string {
  return resolveDataDir(opts.dataDir);
}
