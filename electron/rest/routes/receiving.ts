import type { RouteDef } from '../route';
import type { Station } from '../../backend/station';

/** REST routes of the receiving workflow. */
export function receivingRoutes(_station: Station): RouteDef[] {
  return [];
}
