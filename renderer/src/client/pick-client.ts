import type { StationClient } from '../../../shared/api/client';
import { createWsClient } from './ws-client';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    scanbay?: StationClient;
  }
}

const KEY_STORAGE = 'scanbay.key';

/**
 * The renderer never knows its shell beyond this function: the preload's object in Electron (a
 * MessagePort to the backend process), a WebSocket client in browser mode (authorised by the
 * per-run key from the printed URL). Both speak the same station protocol.
 */
export function pickClient(): StationClient {
  if (window.scanbay) return window.scanbay;
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('key');
  if (fromHash) {
    sessionStorage.setItem(KEY_STORAGE, fromHash);
    // Keep the key out of the visible address and history once stored.
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  const key = sessionStorage.getItem(KEY_STORAGE) ?? '';
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return createWsClient(`${scheme}://${window.location.host}/ws?key=${encodeURIComponent(key)}`);
}
