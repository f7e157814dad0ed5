import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, UI_SECURITY_HEADERS } from '../../../electron/backend/csp';
import { dataDirArg } from '../../../electron/main/args';
import { APP_URL, isAppUrl, webPreferences, windowOptions } from '../../../electron/main/window-options';

describe('Electron window security', () => {
  it('isolates the renderer: context isolation, sandbox, no Node anywhere, no webviews', () => {
    const prefs = webPreferences('/app/dist/electron/preload.cjs');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(windowOptions('/p.cjs').webPreferences).toEqual(webPreferences('/p.cjs'));
  });

  it('serves the UI with a strict CSP: no inline or remote script, no framing, no plugins', () => {
    expect(UI_SECURITY_HEADERS['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)|\*|https?:/);
  });

  it('allows navigation and API calls only from the app origin', () => {
    expect(isAppUrl(APP_URL)).toBe(true);
    expect(isAppUrl('scanbay://app/assets/x.js')).toBe(true);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'scanbay://evil/index.html', 'http://127.0.0.1:7420/', 'not a url', 'javascript:alert(1)']) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('reads --data-dir from the app command line', () => {
    expect(dataDirArg(['electron', '.', '--data-dir', '/tmp/x'])).toBe('/tmp/x');
    expect(dataDirArg(['electron', '.', '--data-dir=/tmp/y'])).toBe('/tmp/y');
    expect(dataDirArg(['electron', '.'])).toBeUndefined();
  });
});
