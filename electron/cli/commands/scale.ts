// `scanbay scale read`: read weights from a serial scale, one JSON object per reading.
import { Option, type Command } from 'commander';
import { isSerialProtocol, SERIAL_SCALE_PROTOCOLS, type SerialScaleConfig } from '../../../shared/devices/scale/config';
import { parseUnit, type ScaleReading } from '../../../shared/devices/scale/reading';
import type { DeviceStatus } from '../../../shared/devices/status';
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
  count?: string;
  timeout?: string;
  pattern?: string;
  unit?: string;
  pollMs?: string;
  follow?: boolean;
}

/** A line printed by `--follow` when the link goes down or comes back. */
export interface LinkLine {
  link: 'connected' | 'disconnected';
  at: string;
  port: string;
  message?: string;
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
  if (o.pattern !== undefined && o.protocol !== 'continuous') throw new CliError('--pattern is for --protocol continuous only', 2);
  const line = {
    path: o.port,
    ...(o.baud !== undefined ? { baudRate: int(o.baud, 'baud', 50) } : {}),
    ...(o.dataBits !== undefined ? { dataBits: Number(o.dataBits) as 7 | 8 } : {}),
    ...(o.parity !== undefined ? { parity: o.parity } : {}),
    ...(o.stopBits !== undefined ? { stopBits: Number(o.stopBits) as 1 | 2 } : {}),
    ...(o.pollMs !== undefined ? { pollMs: int(o.pollMs, 'poll-ms', 0) } : {}),
    ...(unit ? { unit } : {}),
  };
  if (o.protocol === 'continuous') return { protocol: 'continuous', ...line, ...(o.pattern !== undefined ? { pattern: o.pattern } : {}) };
  return { protocol: o.protocol, ...line };
}

export interface ReadScaleOptions {
  /** Keep reading across link drops (the driver reconnects with backoff), reporting them with `onLink`. */
  follow?: boolean;
  onLink?: (line: LinkLine) => void;
}

/** Read `count` readings (0 = until the timeout), printing each; rejects with a CliError. */
export async function readScale(config: SerialScaleConfig, count: number, timeoutS: number, print: (r: ScaleReading) => void, opts: ReadScaleOptions = {}): Promise<void> {
  let scale: ScaleDriver;
  try {
    scale = createScaleDriver(config);
  } catch (err) {
    throw new CliError(err instanceof Error ? err.message : String(err), 2);
  }
  let got = 0;
  let everConnected = false;
  let lastError: Error | undefined;
  let reported: 'connected' | 'disconnected' | null = null;
  let timer: NodeJS.Timeout | undefined;
  const link = (status: DeviceStatus): void => {
    const state = status === 'connected' ? 'connected' : 'disconnected';
    if (status === 'connecting' || state === reported) return;
    reported = state;
    const message = state === 'disconnected' ? (lastError?.message ?? `${config.path} closed`) : undefined;
    opts.onLink?.({ link: state, at: new Date().toISOString(), port: config.path, ...(message ? { message } : {}) });
  };
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
        // Before the first connection every device error is final (bad path, no permission) unless
        // following; frame errors (garbage) never are.
        if (!everConnected && !opts.follow && !(err instanceof ScaleFrameError)) fail(err.message);
      });
      scale.on('status', (s) => {
        if (s === 'connected') everConnected = true;
        if (opts.follow) link(s);
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
      .addOption(new Option('--protocol <name>', 'scale protocol').choices([...SERIAL_SCALE_PROTOCOLS]).makeOptionMandatory())
      .option('--baud <n>', 'baud rate (default: the protocol default)')
      .addOption(new Option('--data-bits <n>', 'data bits (default per protocol)').choices(['7', '8']))
      .addOption(new Option('--parity <p>', 'parity (default per protocol)').choices(['none', 'even', 'odd']))
      .addOption(new Option('--stop-bits <n>', 'stop bits').choices(['1', '2']))
      .option('--count <n>', 'exit after this many readings (0: until the timeout; default 1, with --follow 0)')
      .option('--timeout <s>', 'give up after this many seconds (0: never; default 10, with --follow 0)')
      .option('--poll-ms <ms>', 'pause between weight requests')
      .option('--pattern <regex>', 'continuous: a custom line pattern with (?<value>…), optional (?<unit>…), (?<sign>…) and status groups (default: the auto formats)')
      .addOption(new Option('--unit <unit>', 'unit of frames that carry none (Toledo 8217: instead of guessing from the decimals)').choices(['kg', 'lb', 'g', 'oz']))
      .option('--follow', 'keep reading across link drops, printing {"link":"disconnected"|"connected",…} lines'),
  ).action(async (opts: ReadOptions) => {
    const config = configFromOptions(opts);
    const follow = opts.follow === true;
    const count = int(opts.count ?? (follow ? '0' : '1'), 'count', 0);
    const timeout = seconds(opts.timeout ?? (follow ? '0' : '10'));
    await readScale(config, count, timeout, (r) => printJson({ weight: r.weight, unit: r.unit, grams: r.grams, stable: r.stable, status: r.status }), { follow, onLink: printJson });
  });
}
