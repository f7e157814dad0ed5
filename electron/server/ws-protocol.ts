import { z } from 'zod';

/** Messages from a UI to the station backend (shared/api/link.ts), over the WebSocket or the desktop MessagePort. */
export const clientMessage = z.discriminatedUnion('t', [
  z.object({ t: z.literal('req'), id: z.number().int().nonnegative(), name: z.string().max(200), input: z.unknown() }),
  z.object({ t: z.literal('ready') }),
]);

export type ClientMessage = z.infer<typeof clientMessage>;
