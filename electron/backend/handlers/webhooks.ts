import { StationError } from '../../../shared/api/errors';
import { msg } from '../../../shared/i18n/message';
import type { FeedEventType } from '../../../shared/api/operation-events';
import type { WebhookView } from '../../../shared/api/requests/webhooks';
import { newSecret } from '../../crypto/secrets';
import { openSecret, sealSecret, stationSecretKey } from '../../crypto/seal';
import { deleteWebhook, enableWebhook, getWebhook, insertWebhook, listWebhooks, type WebhookRow } from '../../storage/repos/webhooks';
import { signBody } from '../../integrations/signature';
import type { Db } from '../../storage/schema';
import { writeTransaction } from '../../storage/transaction';
import type { Handlers } from '../dispatcher';
import type { Station } from '../station';

type WebhookHandlers = Pick<Handlers, 'webhooks.add' | 'webhooks.list' | 'webhooks.remove' | 'webhooks.enable' | 'webhooks.test'>;

const view = ({ secret: _s, ...w }: WebhookRow): WebhookView => ({ ...w, types: w.types as FeedEventType[] });

/** `webhooks.add`'s output as its one answer shows it (REST, CLI): the secret opened with this station's key. */
export function withOpenedSecret(dataDir: string, { sealed_secret, ...added }: { id: number; url: string; types: FeedEventType[]; sealed_secret: string }) {
  return { ...added, secret: openSecret(sealed_secret, stationSecretKey(dataDir)) };
}

/** Handlers of the webhook requests (shared/api/requests/webhooks.ts). */
export function webhooksHandlers(station: Station): WebhookHandlers {
  const db = () => station.database.db;
  const notFound = (id: number) => new StationError('not_found', msg('errors-station.webhooks.notFound', { id: String(id) }));
  const found = async (id: number, on: Db = db()) => {
    const hook = await getWebhook(on, id);
    if (!hook) throw notFound(id);
    return hook;
  };
  return {
    // Each write returns its output from its transaction: an Idempotency-Key stores it with the work.
    'webhooks.add': async ({ url, types }) => {
      // The output carries the secret sealed: an Idempotency-Key stores the output, and a secret
      // is never written in the clear. REST and the CLI open it for their one answer.
      const sealed_secret = sealSecret(`whsec_${newSecret(32)}`, stationSecretKey(station.dataDir));
      return writeTransaction(db(), async (trx) => ({ id: await insertWebhook(trx, { url, types: types ?? [], sealedSecret: sealed_secret }, new Date()), url, types: types ?? [], sealed_secret }));
    },
    'webhooks.list': async () => ({ webhooks: (await listWebhooks(db())).map(view) }),
    'webhooks.remove': ({ id }) =>
      writeTransaction(db(), async (trx) => {
        if (!(await deleteWebhook(trx, id))) throw notFound(id);
        return { id, removed: true as const };
      }),
    'webhooks.enable': ({ id }) =>
      writeTransaction(db(), async (trx) => {
        if (!(await enableWebhook(trx, id, new Date()))) throw notFound(id);
        return { webhook: view(await found(id, trx)) };
      }),
    'webhooks.test': async ({ id }) => {
      const hook = await found(id);
      const secret = openSecret(hook.secret, stationSecretKey(station.dataDir));
      if (secret === null) throw new StationError('conflict', msg('errors-station.webhooks.otherStation', { id: String(id) }));
      const body = JSON.stringify({ events: [] });
      try {
        const res = await fetch(hook.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-scanbay-signature': signBody(secret, body, new Date()) }, body, signal: AbortSignal.timeout(10_000), redirect: 'manual' });
        await res.arrayBuffer().catch(() => undefined);
        const ok = res.status >= 200 && res.status < 300;
        return { id, delivered: ok, error: ok ? null : `HTTP ${res.status}` };
      } catch (err) {
        return { id, delivered: false, error: err instanceof Error ? (err.cause instanceof Error ? `${err.message}: ${err.cause.message}` : err.message) : String(err) };
      }
    },
  };
}
