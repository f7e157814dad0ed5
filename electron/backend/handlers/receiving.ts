import type { Handlers } from '../dispatcher';
import type { Station } from '../station';

/** Handlers of the receiving requests (shared/api/requests/receiving.ts). */
export function receivingHandlers(_station: Station): Pick<Handlers, never> {
  return {};
}
