// Scale frame-to-event latency on a real pseudo-terminal: from the moment the simulated scale
// writes its answer to the moment the driver emits the decoded `reading` (pty transfer, framing,
// decoding, event). Polled (MT-SICS) and streaming (continuous output) paths.
import { join } from 'node:path';
import type { SerialScaleProtocol } from '../../shared/devices/scale/config';
import { createScaleDriver } from '../../electron/devices/scale/create-scale-driver';
import { SerialScaleSimulator } from '../../electron/devices/scale/simulator/serial-simulator';
import { SocatPair } from '../../electron/devices/scale/simulator/socat-pair';
import { latency, nowMs } from './stats';
import type { Bench, BenchContext, BenchResult } from './types';

const TARGET_P99_MS = 20;

async function frameToEvent(ctx: BenchContext, protocol: SerialScaleProtocol): Promise<BenchResult> {
  const n = ctx.size === 'full' ? 5000 : 3000;
  const pair = new SocatPair(join(ctx.tmpDir, `${protocol}-host`), join(ctx.tmpDir, `${protocol}-scale`));
  await pair.start();
  const sent: number[] = [];
  const samples: number[] = [];
  const sim = new SerialScaleSimulator(pair.linkB, protocol, { intervalMs: 5, onSend: () => sent.push(nowMs()) });
  const driver = createScaleDriver({ protocol, path: pair.linkA, pollMs: 0 });
  try {
    await sim.open();
    sim.set('1.234 kg');
    const warmup = 20;
    let seen = 0;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only ${samples.length} of ${n} readings within 60 s`)), 60_000);
      driver.on('reading', () => {
        const t1 = nowMs();
        const t0 = sent.shift();
        if (t0 !== undefined && ++seen > warmup) samples.push(t1 - t0);
        if (samples.length >= n) {
          clearTimeout(timer);
          resolve();
        }
      });
      driver.start();
    });
  } finally {
    await driver.stop();
    await sim.close();
    await pair.stop();
  }
  const s = latency(samples);
  return {
    name: `scale.frame_to_event.${protocol}`,
    value: s.p99 as number,
    unit: 'ms',
    ...s,
    target: `p99 <= ${TARGET_P99_MS} ms`,
    met: (s.p99 as number) <= TARGET_P99_MS,
  };
}

export const benches: Bench[] = [async (ctx) => [await frameToEvent(ctx, 'mt-sics'), await frameToEvent(ctx, 'continuous')]];
