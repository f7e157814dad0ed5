import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../electron/backend/csp.ts';
import { faviconFromIcons } from '../electron/tools/favicon.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** The production page carries the CSP as a meta tag too (defence in depth; dev needs inline HMR code). */
function cspMeta(): Plugin {
  return {
    name: 'scanbay-csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", '')}" />`),
  };
}

/** The app icon (build/icons) as favicon.ico, and the window icon (icon.png) beside the page. */
function appIcons(): Plugin {
  const icons = fileURLToPath(new URL('../build/icons', import.meta.url));
  return {
    name: 'scanbay-app-icons',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'favicon.ico', source: faviconFromIcons(icons) });
      this.emitFile({ type: 'asset', fileName: 'icon.png', source: readFileSync(`${icons}/256x256.png`) });
    },
  };
}

export default defineConfig({
  root,
  base: './',
  plugins: [react(), cspMeta(), appIcons()],
  define: { __SCANBAY_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    reportCompressedSize: true,
  },
});
