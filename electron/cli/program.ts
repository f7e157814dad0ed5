import { Command, CommanderError } from 'commander';
import { SCANBAY_VERSION } from '../backend/version';
import { registerCommands } from './commands';
import { StationError } from '../../shared/api/errors';
import { asStorageFault } from '../storage/faults';
import { CliError, oneLine } from './errors';
import { commandPath, currentCliLogger } from './cli-log';

/** sysexits.h EX_IOERR: the station's storage failed (disk full, read-only, busy, unreachable). */
export const EXIT_STORAGE = 74;

export function createProgram(): Command {
  const program = new Command('scanbay')
    .description('ScanBay station: receiving and Scan & Ship for serialized goods')
    .version(SCANBAY_VERSION, '-v, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      // Commander's own errors become the single stderr line written by runCli.
      writeErr: () => undefined,
    });
  registerCommands(program);
  program.commands.forEach(function apply(cmd: Command): void {
    cmd.exitOverride().configureOutput({ writeErr: () => undefined });
    cmd.commands.forEach(apply);
  });
  return program;
}

/** Runs the CLI and returns the exit code; every failure is one line on stderr (and in the log, when the command opened a data dir). */
export async function runCli(argv: string[]): Promise<number> {
  const program = createProgram();
  const started = Date.now();
  const exitCode = await run(program, argv);
  const logger = currentCliLogger();
  if (logger) {
    const entry = { cmd: commandPath(program, argv), exitCode, ms: Date.now() - started, echo: false };
    if (exitCode === 0) logger.info(entry, `scanbay ${entry.cmd} finished`);
    else logger.error({ ...entry, error: lastError }, `scanbay ${entry.cmd} failed (exit ${exitCode})`);
  }
  return exitCode;
}

let lastError: string | undefined;

function fail(message: string): void {
  lastError = message;
  process.stderr.write(`scanbay: ${message}\n`);
}

async function run(program: Command, argv: string[]): Promise<number> {
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
        return 0;
      }
      fail(oneLine(err.message.replace(/^error: /, '')));
      return err.exitCode === 0 ? 2 : err.exitCode;
    }
    const fault = asStorageFault(err) ?? (err instanceof StationError && err.code === 'storage' ? err : null);
    if (fault) {
      process.stderr.write(`scanbay: ${oneLine(fault.message)}\n`);
      return EXIT_STORAGE;
    }
    if (err instanceof CliError) {
      fail(oneLine(err.message));
      return err.exitCode;
    }
    const message = err instanceof Error ? err.message : String(err);
    fail(`unexpected error: ${oneLine(message)}`);
    currentCliLogger()?.fatal({ err, echo: false }, 'unexpected error');
    return 70;
  }
}
