import { z } from 'zod';

/**
 * Messages between the Electron main process and the station backend it runs as a utility
 * process (`scanbay serve --desktop`), over `process.parentPort`. Both sides validate them.
 */
export const toBackend = z.discriminatedUnion('t', [
  /** A MessagePort (in the event's ports) to serve one window's page over. */
  z.object({ t: z.literal('link') }),
  /** Close the station and exit (the app is quitting). */
  z.object({ t: z.literal('stop') }),
]);

export const fromBackend = z.discriminatedUnion('t', [
  z.object({ t: z.literal('ready'), version: z.string(), logFile: z.string().nullable() }),
  /** The station cannot open (a bad data dir, a database from a newer ScanBay): no restart helps. */
  z.object({ t: z.literal('failed'), message: z.string() }),
  /** Open the print dialog for this saved PDF (`pools.pdfTarget` `dialog`): an absolute path under the data dir's labels/. */
  z.object({ t: z.literal('print'), file: z.string().min(1).max(4096) }),
]);

export type ToBackend = z.infer<typeof toBackend>;
export type FromBackend = z.infer<typeof fromBackend>;
