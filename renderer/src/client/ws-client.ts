import type { StationClient } from '../../../shared/api/client';
import { createLinkClient } from '../../../shared/api/link';

/**
 * The station API over the browser-mode WebSocket: the station protocol of shared/api/link.ts,
 * reconnecting with backoff. Requests made while the socket is down wait and go out in order once
 * it is back; a request in flight when the connection drops fails with `unavailable`.
 */
export function createWsClient(url: string): StationClient {
  const link = createLinkClient();
  let retry = 0;
  const connect = (): void => {
    const socket = new WebSocket(url);
    socket.onopen = () => {
      retry = 0;
      link.attach((text) => socket.send(text));
    };
    socket.onmessage = (ev: MessageEvent<string>) => link.receive(ev.data);
    socket.onclose = () => {
      link.detach('closed');
      setTimeout(() => {
        link.detach('connecting');
        connect();
      }, Math.min(2000, 100 * 2 ** retry++));
    };
  };
  connect();
  return link.client;
}
