import type { Handlers } from '../dispatcher';
import type { Station } from '../station';

/** Handlers of the pools requests (shared/api/requests/pools.ts). */
export function poolsHandlers(_station: Station): Pick<Handlers, never> {
  return {};
}
