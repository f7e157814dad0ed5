import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { UI_SECURITY_HEADERS } from '../backend/csp';
import { mimeType, resolveUiFile } from '../backend/ui-file';
import { APP_SCHEME } from './window-options';

/** Must run before `app.ready`: makes scanbay:// a standard, secure origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer on scanbay://app/ with the CSP and security headers. */
export function serveUi(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'app' ? resolveUiFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, { headers: { 'content-type': mimeType(file), ...UI_SECURITY_HEADERS } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
