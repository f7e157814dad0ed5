import { useState } from 'react';
import type { WebhookView } from '../../../../shared/api/requests/webhooks';
import { call, RequestFailed, useClient, useRequest } from '../../client/station-context';
import { useI18n, type I18n } from '../../i18n/i18n-context';

function stateOf({ t, dateTime }: I18n, w: WebhookView): string {
  if (!w.enabled) return w.disabled_at ? t('ui-settings.webhooks.disabledSince', { at: dateTime(w.disabled_at) }) : t('ui-settings.webhooks.disabled');
  if (w.failing_since) return t('ui-settings.webhooks.failingSince', { at: dateTime(w.failing_since) });
  return t('ui-settings.webhooks.delivering');
}

/**
 * Settings → API → Webhooks: where the event feed is pushed, and how each receiver is doing —
 * failing since when, the last error, disabled after 24 h of failures. Webhooks are added and
 * removed with `scanbay webhooks` or `POST/DELETE /api/v1/webhooks` (the secret is shown only then);
 * a disabled one is turned on again here (a supervisor), once its receiver is fixed.
 */
export function WebhooksPanel() {
  const i18n = useI18n();
  const { t } = i18n;
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
      <h2 id="webhooks-title">{t('ui-settings.webhooks.heading')}</h2>
      {list.error ? <p role="alert">{list.error.message}</p> : null}
      {failure ? <p role="alert">{t('ui-settings.webhooks.enableFailed', { error: failure })}</p> : null}
      {list.value && hooks.length === 0 ? <p className="help">{t('ui-settings.webhooks.none')}</p> : null}
      <ul className="webhooks" aria-label={t('ui-settings.webhooks.heading')}>
        {hooks.map((w) => (
          <li key={w.id} aria-label={t('ui-settings.webhooks.item', { id: String(w.id) })}>
            <strong>{w.url}</strong>
            <span className="help"> {w.types.length > 0 ? w.types.join(', ') : t('ui-settings.webhooks.everyType')}</span>
            <div data-testid={`webhook-${w.id}-state`}>{stateOf(i18n, w)}</div>
            {w.last_error ? <div data-testid={`webhook-${w.id}-error`}>{t('ui-settings.webhooks.lastError', { error: w.last_error })}</div> : null}
            {w.enabled ? null : (
              <button type="button" aria-label={t('ui-settings.webhooks.enableLabel', { id: String(w.id) })} onClick={() => void enable(w.id)}>
                {t('ui-settings.webhooks.enable')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <button type="button" onClick={list.reload}>
        {t('ui-settings.webhooks.refresh')}
      </button>
    </section>
  );
}
