/**
 * Electron's `protocol`: a handled scheme URL `scheme://host/path` is served to Chromium as
 * `https://host.scheme.stand-in/path` (intercepted by Playwright, never on the network) and the
 * handler gets the original URL, so the app's protocol handler runs unchanged.
 */
type Handler = (request: Request) => Response | Promise<Response>;

const handlers = new Map<string, Handler>();
const SUFFIX = '.stand-in';

export const protocol = {
  registerSchemesAsPrivileged(_schemes: unknown[]): void {},
  handle(scheme: string, handler: Handler): void {
    handlers.set(scheme, handler);
  },
  unhandle(scheme: string): void {
    handlers.delete(scheme);
  },
  isProtocolHandled(scheme: string): boolean {
    return handlers.has(scheme);
  },
};

/** `scanbay://app/x` → `https://app.scanbay.stand-in/x`; other URLs unchanged. */
export function toPageUrl(url: string): string {
  const u = new URL(url);
  const scheme = u.protocol.slice(0, -1);
  if (!handlers.has(scheme)) return url;
  return `https://${u.host}.${scheme}${SUFFIX}${u.pathname}${u.search}${u.hash}`;
}

/** The reverse of toPageUrl (what Electron would report as the frame's URL). */
export function fromPageUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  if (u.protocol !== 'https:' || !u.hostname.endsWith(SUFFIX)) return url;
  const [host, scheme] = u.hostname.slice(0, -SUFFIX.length).split('.');
  return `${scheme}://${host}${u.pathname}${u.search}${u.hash}`;
}

/** Answers an intercepted page request through the registered handler; null when no handler serves it. */
export async function serveSchemeRequest(pageUrl: string): Promise<Response | null> {
  const original = fromPageUrl(pageUrl);
  if (original === pageUrl) return null;
  const handler = handlers.get(new URL(original).protocol.slice(0, -1));
  return handler ? handler(new Request(original)) : null;
}
