// `scanbay scale read`: read weights from a serial scale, one JSON object per reading.
import { Option, type Command } from 'commander';
import { isSerialProtocol, type SerialScaleConfig } from '../../../shared/devices/scale/config';
import { DEFAULT_CONTINUOUS_PATTERN } from '../../../shared/devices/scale/continuous';
import { parseUnit, type ScaleReading } from '../../../shared/devices/scale/reading';
import { createScaleDriver } from '../../devices/scale/create-scale-driver';
import { ScaleFrameError, type ScaleDriver } from '../../devices/scale/scale-driver';
import { withDataDir } from '../data-dir-option';
import { CliError } from '../errors';
import { printJson } from '../io';

interface ReadOptions {
  port: string;
  protocol: string;
  baud?: string;
  dataBits?: string;
  parity?: 'none' | 'even' | 'odd';
  stopBits?: string;
  count: string;
  timeout: string;
  pattern?: string;
  unit?: string;
  pollMs?: string;
}

function int(value: string, name: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new CliError(`--${name} must be an integer ≥ ${min}, got "${value}"`, 2);
  return n;
}

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new CliError(`--timeout must be a number of seconds ≥ 0, got "${value}"`, 2);
  return n;
}

export function configFromOptions(o: ReadOptions): SerialScaleConfig {
  if (!isSerialProtocol(o.protocol)) throw new CliError(`unknown protocol "${o.protocol}"`, 2);
  const unit = o.unit === undefined ? undefined : parseUnit(o.unit);
  if (unit === null) throw new CliError(`unknown unit "${o.unit}"`, 2);
  const line = {
    path: o.port,
    ...(o.baud !== undefined ? { baudRate: int(o.baud, 'baud', 50) } : {}),
    ...(o.dataBits !== undefined ? { dataBits: Number(o.dataBits) as 7 | 8 } : {}),
    ...(o.parity !== undefined ? { parity: o.parity } : {}),
    ...(o.stopBits !== undefined ? { stopBits: Number(o.stopBits) as 1 | 2 } : {}),
    ...(o.pollMs !== undefined ? { pollMs: int(o.pollMs, 'poll-ms', 0) } : {}),
  };
  switch (o.protocol) {
    case 'continuous':
      return { protocol: 'continuous', ...line, pattern: o.pattern ?? DEFAULT_CONTINUOUS_PATTERN, ...(unit ? { unit } : {}) };
    case 'toledo-8217':
      return { protocol: 'toledo-8217', ...line, ...(unit ? { unit } : {}) };
    default:
      return { protocol: o.protocol, ...line };
  }
}

/** Read `count` readings (0 = until the timeout), printing each; rejects with a CliError. */
export async function readScale(config: SerialScaleConfig, count: number, timeoutS: number, print: (r: ScaleReading) => void): Promise<void> {
  let scale: ScaleDriver;
  try {
    scale = createScaleDriver(config);
  } catch (err) {
    throw new CliError(err instanceof Error ? err.message : String(err), 2);
  }
  let got = 0;
  let everConnected = false;
  let lastError: Error | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      const fail = (message: string): void => reject(new CliError(message));
      if (timeoutS > 0) {
        timer = setTimeout(() => {
          if (count === 0) return resolve(); // streaming until the timeout is success
          const last = lastError ? ` (last error: ${lastError.message})` : '';
          fail(`timed out after ${timeoutS} s: ${got} of ${count} readings from ${scale.description}${last}`);
        }, timeoutS * 1000);
      }
      scale.on('reading', (r) => {
        print(r);
        if (++got === count) resolve();
      });
      scale.on('error', (err) => {
        lastError = err;
        // Before the first connection every device error is final (bad path, no permission);
        // frame errors (garbage) never are.
        if (!everConnected && !(err instanceof ScaleFrameError)) fail(err.message);
      });
      scale.on('status', (s) => {
        if (s === 'connected') everConnected = true;
        else if (s === 'disconnected' && everConnected) fail(`port error: ${lastError?.message ?? `${config.path} closed`}`);
      });
      scale.start();
    });
  } finally {
    if (timer) clearTimeout(timer);
    await scale.stop();
  }
}

export function register(program: Command): void {
  const scale = program.command('scale').description('serial scale tools');
  withDataDir(
    scale
      .command('read')
      .description('print weights from a serial scale as JSON lines: {"weight","unit","grams","stable","status"}')
      .requiredOption('--port <path>', 'serial port, e.g. /dev/ttyUSB0')
      .addOption(new Option('--protocol <name>', 'scale protocol').choices(['mt-sics', 'toledo-8217', 'nci', 'continuous']).makeOptionMandatory())
      .option('--baud <n>', 'baud rate (default: the protocol default, 9600)')
      .addOption(new Option('--data-bits <n>', 'data bits (default per protocol)').choices(['7', '8']))
      .addOption(new Option('--parity <p>', 'parity (default per protocol)').choices(['none', 'even', 'odd']))
      .addOption(new Option('--stop-bits <n>', 'stop bits').choices(['1', '2']))
      .option('--count <n>', 'exit after this many readings (0: until the timeout)', '1')
      .option('--timeout <s>', 'give up after this many seconds (0: never)', '10')
      .option('--poll-ms <ms>', 'pause between weight requests')
      .option('--pattern <regex>', 'continuous: line pattern with (?<value>…), optional (?<unit>…) and status groups')
      .option('--unit <unit>', 'continuous / toledo-8217: unit when the frame has none'),
  ).action(async (opts: ReadOptions) => {
    const config = configFromOptions(opts);
    await readScale(config, int(opts.count, 'count', 0), seconds(opts.timeout), (r) =>
      printJson({ weight: r.weight, unit: r.unit, grams: r.grams, stable: r.stable, status: r.status }),
    );
  });
}
