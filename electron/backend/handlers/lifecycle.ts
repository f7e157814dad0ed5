import type { Handlers } from '../dispatcher';
import type { Station } from '../station';

/** Handlers of the lifecycle requests (shared/api/requests/lifecycle.ts). */
export function lifecycleHandlers(_station: Station): Pick<Handlers, never> {
  return {};
}
