import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * A free loopback port below the kernel's ephemeral range, for a test that must leave a port
 * unbound for a while and then use it again (a database restarted on its port, a printer that is
 * gone). A port from `listen(0)` comes from the ephemeral range, where the kernel hands ports to
 * every outgoing connection and `listen(0)` of the tests running meanwhile: one of them could hold
 * it by the time it is used again.
 */
export async function quietPort(): Promise<number> {
  const low = ephemeralLow();
  const floor = Math.max(1025, low - 12_000);
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = floor + Math.floor(Math.random() * (low - floor));
    if (await bindable(port)) return port;
  }
  throw new Error(`no free port between ${floor} and ${low}`);
}

function ephemeralLow(): number {
  try {
    const low = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    if (Number.isInteger(low) && low > 2048) return low;
  } catch {
    // not Linux: IANA's dynamic range starts at 49152
  }
  return 49_152;
}

function bindable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}
