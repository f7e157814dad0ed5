/**
 * The script a stand-in window injects at document start: the preload bundle, run with a
 * `require('electron')` that offers what a sandboxed preload gets (ipcRenderer, contextBridge),
 * carried over Playwright bindings to the stand-in main process. MessagePorts handed to the page
 * are real DOM ports whose other end is relayed to the main process.
 *
 * Unlike Electron there is no isolated world here: the preload runs in the page's own world. The
 * real-Electron spec (test/e2e/electron.spec.ts) is what checks the isolation.
 */
export function pageShim(origin: string, preloadSource: string): string {
  return `(() => {
  if (window.top !== window || location.origin !== ${JSON.stringify(origin)}) return;
  const listeners = new Map();
  const ports = new Map();
  const ipcRenderer = {
    on(channel, fn) { if (!listeners.has(channel)) listeners.set(channel, new Set()); listeners.get(channel).add(fn); return ipcRenderer; },
    off(channel, fn) { listeners.get(channel)?.delete(fn); return ipcRenderer; },
    removeListener(channel, fn) { return ipcRenderer.off(channel, fn); },
    once(channel, fn) { const once = (...a) => { ipcRenderer.off(channel, once); fn(...a); }; return ipcRenderer.on(channel, once); },
    send(channel, ...args) { void window.__standInIpc(channel, args); },
    invoke(channel, ...args) { return window.__standInIpc(channel, args); },
  };
  window.__standInDeliver = (channel, args, portIds) => {
    const given = (portIds || []).map((id) => {
      const channelPair = new MessageChannel();
      ports.set(id, channelPair.port1);
      channelPair.port1.onmessage = (e) => { void window.__standInPort(id, e.data); };
      return channelPair.port2;
    });
    const event = { sender: ipcRenderer, ports: given };
    for (const fn of [...(listeners.get(channel) || [])]) fn(event, ...args);
  };
  window.__standInPortDeliver = (id, data) => { ports.get(id)?.postMessage(data); };
  const contextBridge = {
    exposeInMainWorld(key, api) { Object.defineProperty(window, key, { value: Object.freeze({ ...api }), enumerable: true }); },
  };
  const electron = { ipcRenderer, contextBridge };
  const require = (id) => { if (id === 'electron') return electron; throw new Error('a sandboxed preload cannot require ' + id); };
  const module = { exports: {} };
  (function (require, module, exports) {
${preloadSource}
  })(require, module, module.exports);
})();`;
}
