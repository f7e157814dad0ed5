// `scanbay devices`: candidate scanners and scales as one JSON array on stdout.
import type { Command } from 'commander';
import { listCandidateDevices } from '../../devices/listing/list-devices';
import { withDataDir } from '../data-dir-option';

export function register(program: Command): void {
  withDataDir(
    program
      .command('devices')
      .description('list HID devices (with usage page and a scanner/scale guess) and serial ports as a JSON array; what could not be checked is reported on stderr as {"warnings":[…]}'),
  ).action(async () => {
    const { devices, warnings } = await listCandidateDevices();
    process.stdout.write(`${JSON.stringify(devices, null, 2)}\n`);
    if (warnings.length > 0) process.stderr.write(`${JSON.stringify({ warnings })}\n`);
  });
}
