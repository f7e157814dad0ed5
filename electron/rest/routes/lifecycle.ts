import type { RouteDef } from '../route';
import type { Station } from '../../backend/station';

/** REST routes of the lifecycle workflow. */
export function lifecycleRoutes(_station: Station): RouteDef[] {
  return [];
}
