import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { UI_SECURITY_HEADERS } from '../backend/csp';

/** Serves the built renderer with the UI security headers (CSP, no framing, no sniffing). */
export async function registerUi(app: FastifyInstance, dir: string): Promise<void> {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`the UI is not built (no ${join(dir, 'index.html')}): run \`npm run build\``);
  }
  const { default: fastifyStatic } = await import('@fastify/static');
  await app.register(fastifyStatic, {
    root: dir,
    index: ['index.html'],
    wildcard: true,
    setHeaders: (res) => {
      for (const [name, value] of Object.entries(UI_SECURITY_HEADERS)) res.header(name, value);
    },
  });
}
