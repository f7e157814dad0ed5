import type { z } from 'zod';
import { catalogRequests } from './requests/catalog';
import { devicesRequests } from './requests/devices';
import { documentsRequests } from './requests/documents';
import { eventsRequests } from './requests/events';
import { lifecycleRequests } from './requests/lifecycle';
import { poolsRequests } from './requests/pools';
import { receivingRequests } from './requests/receiving';
import { serialApiRequests } from './requests/serial-api';
import { shippingRequests } from './requests/shipping';
import { sessionRequests } from './requests/session';
import { stationRequests } from './requests/station';
import { webhooksRequests } from './requests/webhooks';
import { storageRequests } from './requests/storage';

/** The station API: request name → input schema + output type. One map for every shell. */
export const requests = {
  ...stationRequests,
  ...devicesRequests,
  ...sessionRequests,
  ...receivingRequests,
  ...shippingRequests,
  ...lifecycleRequests,
  ...poolsRequests,
  ...storageRequests,
  ...catalogRequests,
  ...documentsRequests,
  ...serialApiRequests,
  ...eventsRequests,
  ...webhooksRequests,
};

export type Requests = typeof requests;
export type RequestName = keyof Requests;
/** What a caller sends (before defaults are applied). */
export type RequestInput<N extends RequestName> = z.input<Requests[N]['input']>;
/** What a handler receives (after validation). */
export type ParsedInput<N extends RequestName> = z.output<Requests[N]['input']>;
export type RequestOutput<N extends RequestName> = NonNullable<Requests[N]['output']>;

export function isRequestName(name: unknown): name is RequestName {
  return typeof name === 'string' && Object.hasOwn(requests, name);
}
