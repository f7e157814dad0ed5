import type { RequestName, RequestOutput } from '../../shared/api/contract';
import type { Station } from '../backend/station';
import { CliError } from './errors';
import { EXIT_STORAGE } from './program';

/**
 * Runs a station operation as the local administrator (origin `cli`): the same schema, handler and
 * events as its screen and REST route. A refusal is the command's one-line error: exit 2 for bad
 * input, 74 for a storage fault, 1 otherwise.
 */
export async function runOperation<N extends RequestName>(station: Station, name: N, input: unknown): Promise<RequestOutput<N>> {
  const r = await station.dispatch(name, input, { origin: 'cli' });
  if (!r.ok) throw new CliError(r.error.message, r.error.code === 'validation' ? 2 : r.error.code === 'storage' ? EXIT_STORAGE : 1);
  return r.value as RequestOutput<N>;
}
