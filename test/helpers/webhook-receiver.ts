import { createServer, type Server } from 'node:http';

export interface Received {
  body: string;
  signature: string;
}

/** A real HTTP receiver on loopback: records each POST and answers with the next planned status (default 200). */
export async function webhookReceiver(): Promise<{ url: string; received: Received[]; plan: number[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const plan: number[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      received.push({ body, signature: String(req.headers['x-scanbay-signature'] ?? '') });
      res.statusCode = plan.shift() ?? 200;
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}/hook`, received, plan, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
