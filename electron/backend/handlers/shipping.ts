import type { Handlers } from '../dispatcher';
import type { Station } from '../station';

/** Handlers of the shipping requests (shared/api/requests/shipping.ts). */
export function shippingHandlers(_station: Station): Pick<Handlers, never> {
  return {};
}
