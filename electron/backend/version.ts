declare const __SCANBAY_VERSION__: string;

/** The ScanBay version, injected at build time (esbuild/vite/vitest `define`). */
export const SCANBAY_VERSION: string = __SCANBAY_VERSION__;
