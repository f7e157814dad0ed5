import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/**
 * A CommonJS dependency loaded on its first use instead of when the process starts: the CLI runs
 * one command per process, and a command that never serves HTTP, opens PostgreSQL or a serial
 * port should not pay for loading fastify, pg or serialport (tens of ms each, every start).
 */
export function lazyModule<T>(id: string): () => T {
  let mod: T | undefined;
  return () => (mod ??= load(id) as T);
}
