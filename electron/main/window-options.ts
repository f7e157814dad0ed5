import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** The custom scheme the UI is served from inside the app (a real origin, so CSP 'self' works). */
export const APP_SCHEME = 'scanbay';
export const APP_ORIGIN = `${APP_SCHEME}://app`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

/** Renderer isolation: asserted by test/electron/main/window-options.test.ts. Do not relax. */
export function webPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    // Middle-click opens no window either.
    disableBlinkFeatures: 'Auxclick',
    // Scanner feedback must sound without a prior click.
    autoplayPolicy: 'no-user-gesture-required',
  };
}

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'ScanBay',
    backgroundColor: '#0b0d10',
    show: false,
    webPreferences: webPreferences(preloadPath),
  };
}

/** Only the app's own pages may call the station API or be navigated to. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === 'app';
  } catch {
    return false;
  }
}
