import type { Command } from 'commander';
import { register as registerServe } from './serve';
import { register as registerOptions } from './options';
import { register as registerApiKey } from './api-key';
import { register as registerDecode } from './decode';
import { register as registerScale } from './scale';
import { register as registerSimulate } from './simulate';
import { register as registerDevices } from './devices';
import { register as registerImport } from './import';
import { register as registerUsers } from './users';
import { register as registerExport } from './export';
import { register as registerDiagnostics } from './diagnostics';
import { register as registerProducts } from './products';
import { register as registerDb } from './db';
import { register as registerEvents } from './events';
import { register as registerWebhooks } from './webhooks';

/** One module per command; each adds itself to the program. */
export function registerCommands(program: Command): void {
  registerServe(program);
  registerOptions(program);
  registerApiKey(program);
  registerDecode(program);
  registerScale(program);
  registerSimulate(program);
  registerDevices(program);
  registerImport(program);
  registerUsers(program);
  registerExport(program);
  registerDiagnostics(program);
  registerProducts(program);
  registerDb(program);
  registerEvents(program);
  registerWebhooks(program);
}
