import type { RouteDef } from '../route';
import type { Station } from '../../backend/station';

/** REST routes of the shipping workflow. */
export function shippingRoutes(_station: Station): RouteDef[] {
  return [];
}
