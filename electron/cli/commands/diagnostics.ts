// `scanbay diagnostics --out FILE.zip`: a support bundle of the data dir (see electron/diagnostics).
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { openStation, type Station } from '../../backend/station';
import { writeDiagnostics } from '../../diagnostics/diagnostics';
import { cliLogger } from '../cli-log';
import { dataDirOf, withDataDir } from '../data-dir-option';
import { printJson } from '../io';

export function register(program: Command): void {
  withDataDir(
    program
      .command('diagnostics')
      .description('bundle the logs, the options without secrets, versions, devices and the schema version into a zip for support; prints {"path","fileName","files"}')
      .requiredOption('--out <file>', 'the zip file to write'),
  ).action(async (opts: { out: string; dataDir?: string }) => {
    const dataDir = dataDirOf(opts);
    let station: Station | null = null;
    let openError: string | null = null;
    try {
      station = await openStation({ dataDir, shell: 'cli', logger: cliLogger(dataDir) });
    } catch (err) {
      // A station that will not open is when a bundle is needed most: take what can be read.
      openError = err instanceof Error ? err.message : String(err);
    }
    try {
      printJson(await writeDiagnostics(resolve(opts.out), dataDir, station, openError));
    } finally {
      await station?.close();
    }
  });
}
