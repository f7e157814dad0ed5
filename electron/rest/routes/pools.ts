import type { RouteDef } from '../route';
import type { Station } from '../../backend/station';

/** REST routes of the pools workflow. */
export function poolsRoutes(_station: Station): RouteDef[] {
  return [];
}
