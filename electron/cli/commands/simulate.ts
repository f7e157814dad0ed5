// `scanbay simulate scale`: a serial scale on a pseudo-terminal, driven by lines on stdin.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Option, type Command } from 'commander';
import { isSerialProtocol, SERIAL_SCALE_PROTOCOLS } from '../../../shared/devices/scale/config';
import { SIM_COMMANDS_HELP } from '../../devices/scale/simulator/sim-state';
import { SerialScaleSimulator } from '../../devices/scale/simulator/serial-simulator';
import { SocatPair } from '../../devices/scale/simulator/socat-pair';
import { withDataDir } from '../data-dir-option';
import { CliError } from '../errors';
import { printJson } from '../io';

interface SimulateOptions {
  protocol: string;
  link: string;
  intervalMs: string;
}

export async function simulateScale(opts: SimulateOptions): Promise<void> {
  if (!isSerialProtocol(opts.protocol)) throw new CliError(`unknown protocol "${opts.protocol}"`, 2);
  const ownDir = mkdtempSync(join(tmpdir(), 'scanbay-sim-'));
  const socat = new SocatPair(opts.link, join(ownDir, 'scale'));
  const sim = new SerialScaleSimulator(socat.linkB, opts.protocol, { intervalMs: Number(opts.intervalMs) || 100 });
  const cleanup = async (): Promise<void> => {
    await sim.close();
    await socat.stop();
    rmSync(ownDir, { recursive: true, force: true });
  };
  try {
    await socat.start();
    await sim.open();
  } catch (err) {
    await cleanup();
    throw new CliError(err instanceof Error ? err.message : String(err));
  }
  printJson({ ready: true, link: opts.link, protocol: opts.protocol, help: SIM_COMMANDS_HELP });

  const lines = createInterface({ input: process.stdin, terminal: false });
  lines.on('line', (line) => {
    if (line.trim() === '') return;
    const r = sim.set(line);
    printJson(r.ok ? { ok: true, state: { ...sim.state } } : { ok: false, error: r.error });
  });
  const reason = await new Promise<string | null>((resolve) => {
    const onSignal = (): void => resolve(null);
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    lines.once('close', () => resolve(null));
    void socat.exited.then(() => resolve('socat exited: the pseudo-terminal is gone'));
  });
  lines.close();
  process.stdin.destroy();
  await cleanup();
  if (reason) throw new CliError(reason);
}

export function register(program: Command): void {
  const simulate = program.command('simulate').description('device simulators');
  withDataDir(
    simulate
      .command('scale')
      .description(`a serial scale on a pseudo-terminal linked at --link; stdin lines set its state: ${SIM_COMMANDS_HELP}`)
      .addOption(new Option('--protocol <name>', 'protocol to answer in').choices([...SERIAL_SCALE_PROTOCOLS]).makeOptionMandatory())
      .requiredOption('--link <path>', 'path of the symlink to the scale end (give it to `scale read --port`)')
      .option('--interval-ms <ms>', 'continuous: ms between weight lines', '100'),
  ).action(async (opts: SimulateOptions) => simulateScale(opts));
}
