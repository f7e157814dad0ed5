import type { ApiAuth } from '../auth/api-auth';
import type { RouteDef } from '../route';
import type { Station } from '../../backend/station';
import { documentRoutes } from './documents';
import { lifecycleRoutes } from './lifecycle';
import { poolsRoutes } from './pools';
import { receivingRoutes } from './receiving';
import { shippingRoutes } from './shipping';
import { systemRoutes } from './system';

/** Every REST route, by area. */
export function restRoutes(station: Station, auth: ApiAuth): RouteDef[] {
  return [
    ...systemRoutes(station, auth),
    ...documentRoutes(station),
    ...receivingRoutes(station),
    ...shippingRoutes(station),
    ...lifecycleRoutes(station),
    ...poolsRoutes(station),
  ];
}
