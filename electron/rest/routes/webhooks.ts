import type { Station } from '../../backend/station';
import { withOpenedSecret } from '../../backend/handlers/webhooks';
import { operationRoute } from '../operation-route';
import type { RouteDef } from '../route';

/** The webhook id of the path as a number (anything else is left for the schema to refuse). */
const idFromPath = (params: Record<string, unknown>) => ({ id: /^\d{1,15}$/.test(String(params.id)) ? Number(params.id) : params.id });

/** Webhooks over REST: the station operations of `scanbay webhooks` and Settings → API. */
export function webhookRoutes(station: Station): RouteDef[] {
  return [
    operationRoute(station, {
      operation: 'webhooks.add',
      method: 'POST',
      path: '/webhooks',
      tag: 'webhooks',
      summary:
        'Add a webhook: url, and types (empty or absent: every type). Answers with its secret, shown only now. Deliveries: POST {"events":[…]} with x-scanbay-signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">.',
      responseExample: { id: 1, url: 'https://erp.example.com/scanbay', types: ['receipt.scanned'], secret: 'whsec_…' },
      reply: (added) => ({ status: 201, message: 'Webhook added; keep its secret: it is not shown again', data: withOpenedSecret(station.dataDir, added) }),
    }),
    operationRoute(station, {
      operation: 'webhooks.list',
      method: 'GET',
      path: '/webhooks',
      tag: 'webhooks',
      summary: 'The webhooks, with whether each is enabled, since when its deliveries fail and the last error (secrets are never shown)',
      reply: (r) => ({ data: r.webhooks }),
    }),
    operationRoute(station, {
      operation: 'webhooks.remove',
      method: 'DELETE',
      path: '/webhooks/:id',
      params: { id: 'id' },
      tag: 'webhooks',
      summary: 'Remove a webhook and its undelivered outbox',
      toInput: idFromPath,
      reply: (data) => ({ message: 'Webhook removed', data }),
    }),
    operationRoute(station, {
      operation: 'webhooks.enable',
      method: 'POST',
      path: '/webhooks/:id/enable',
      params: { id: 'id' },
      tag: 'webhooks',
      summary: 'Turn a webhook disabled after 24 h of failures on again: its undelivered events are sent now (events written while it was off are in GET /events)',
      toInput: idFromPath,
      reply: (r) => ({ message: 'Webhook enabled', data: r.webhook }),
    }),
  ];
}
