import { useState } from 'react';
import type { WebhookView } from '../../../../shared/api/requests/webhooks';
import { call, RequestFailed, useClient, useRequest } from '../../client/station-context';

function stateOf(w: WebhookView): string {
  if (!w.enabled) return `Disabled${w.disabled_at ? ` since ${new Date(w.disabled_at).toLocaleString()}` : ''}: it failed for 24 hours`;
  if (w.failing_since) return `Failing since ${new Date(w.failing_since).toLocaleString()} (retried with backoff; disabled after 24 hours)`;
  return 'Delivering';
}

/**
 * Settings → API → Webhooks: where the event feed is pushed, and how each receiver is doing —
 * failing since when, the last error, disabled after 24 h of failures. Webhooks are added and
 * removed with `scanbay webhooks` or `POST/DELETE /api/v1/webhooks` (the secret is shown only then);
 * a disabled one is turned on again here (a supervisor), once its receiver is fixed.
 */
export function WebhooksPanel() {
  const client = useClient();
  const list = useRequest('webhooks.list', {});
  const hooks = list.value?.webhooks ?? [];
  const [failure, setFailure] = useState<string | null>(null);
  const enable = async (id: number) => {
    setFailure(null);
    try {
      await call(client, 'webhooks.enable', { id });
      list.reload();
    } catch (err) {
      setFailure(err instanceof RequestFailed ? err.message : String(err));
    }
  };
  return (
    <section aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">Webhooks</h2>
      {list.error ? <p role="alert">{list.error.message}</p> : null}
      {failure ? <p role="alert">The webhook could not be enabled: {failure}</p> : null}
      {list.value && hooks.length === 0 ? <p className="help">No webhooks. Add one with scanbay webhooks add --url URL, or POST /api/v1/webhooks.</p> : null}
      <ul className="webhooks" aria-label="Webhooks">
        {hooks.map((w) => (
          <li key={w.id} aria-label={`Webhook ${w.id}`}>
            <strong>{w.url}</strong>
            <span className="help"> {w.types.length > 0 ? w.types.join(', ') : 'every event type'}</span>
            <div data-testid={`webhook-${w.id}-state`}>{stateOf(w)}</div>
            {w.last_error ? <div data-testid={`webhook-${w.id}-error`}>Last error: {w.last_error}</div> : null}
            {w.enabled ? null : (
              <button type="button" aria-label={`Enable webhook ${w.id}`} onClick={() => void enable(w.id)}>
                Enable
              </button>
            )}
          </li>
        ))}
      </ul>
      <button type="button" onClick={list.reload}>
        Refresh webhooks
      </button>
    </section>
  );
}
