import { z } from 'zod';

/** Messages from a browser-mode UI to the server over the WebSocket. */
export const clientMessage = z.discriminatedUnion('t', [
  z.object({ t: z.literal('req'), id: z.number().int().nonnegative(), name: z.string().max(200), input: z.unknown() }),
  z.object({ t: z.literal('ready') }),
]);

export type ClientMessage = z.infer<typeof clientMessage>;
