import { useT } from '../i18n/i18n-context';

/**
 * The desktop app restarts its station backend after a crash: the page stays (with what was
 * typed) and says so until the new backend answers. Requests made meanwhile wait for it.
 * (A dropped browser-mode WebSocket shows as "Link: closed" in the status bar.)
 */
export function LinkBanner({ connection }: { connection: string | null }) {
  const t = useT();
  return connection === 'restarting' ? <p className="link-banner" role="status">{t('ui-common.linkBanner.restarting')}</p> : null;
}
