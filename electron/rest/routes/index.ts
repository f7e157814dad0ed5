import type { ApiAuth } from '../auth/api-auth';
import type { RouteDef } from '../route';
import type { Station } from '../../backend/station';
import { documentRoutes } from './documents';
import { lifecycleRoutes } from './lifecycle';
import { poolsRoutes } from './pools';
import { receivingRoutes } from './receiving';
import { shippingRoutes } from './shipping';
import { stockRoutes } from './stock';
import { systemRoutes } from './system';
import { transferRoutes } from './transfers';
import { webhookRoutes } from './webhooks';

/** Every REST route, by area. */
export function restRoutes(station: Station, auth: ApiAuth): RouteDef[] {
  return [
    ...systemRoutes(station, auth),
    ...documentRoutes(station),
    ...receivingRoutes(station),
    ...shippingRoutes(station),
    ...lifecycleRoutes(station),
    ...poolsRoutes(station),
    ...transferRoutes(station),
    ...stockRoutes(station),
    ...webhookRoutes(station),
  ];
}
