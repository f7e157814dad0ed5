// Concurrency (issue 22): four REST clients each receiving its own PO at the same time, against one
// client receiving one PO, through one `scanbay serve`. Each client sends a scan when the previous
// one is answered (an ERP loop). The two are measured in alternating rounds within one run, so the
// gain compares them under the same machine load and the same server warm-up.
import { openStation } from '../../electron/backend/station';
import { upsertProduct } from '../../electron/storage/writers/product-writer';
import { upsertPurchaseOrder } from '../../electron/storage/writers/purchase-order-writer';
import { createApiKey, restReceive, restStation, type RestClient } from './rest-station';
import { alternation } from './schedule';
import { benchSerial, SERIAL_STREAMS } from './serials';
import { nowMs, round } from './stats';
import { FOUR_PO_THROUGHPUT_GAIN } from './targets';
import type { Bench } from './types';

const CLIENTS = 4;
const WARM_UP = 300;

const fourPos: Bench = async (ctx) => {
  const perBlock = ctx.size === 'full' ? 500 : 250;
  const rounds = ctx.size === 'full' ? 10 : 4;
  const qty = perBlock * rounds;
  const station = await openStation({ dataDir: ctx.tmpDir, shell: 'cli', log: () => {} });
  try {
    await upsertProduct(station.database.db, { sku: 'CNC', name: 'Concurrency unit', tracking: 'full' });
    for (const po of ['PO-WARM', 'PO-ONE', ...Array.from({ length: CLIENTS }, (_, c) => `PO-C${c}`)]) {
      await upsertPurchaseOrder(station.database.db, { po_number: po, vendor: 'V', lines: [{ sku: 'CNC', qty: po === 'PO-WARM' ? WARM_UP : qty }] });
    }
  } finally {
    await station.close();
  }
  const server = await restStation(ctx.tmpDir, createApiKey(ctx.tmpDir));
  let serial = 0;
  const client = async (s: RestClient, po: string, count: number) => {
    for (let i = 0; i < count; i++) await restReceive(s, po, benchSerial(SERIAL_STREAMS.concurrent, serial++), 'CNC');
  };
  // Each client is its own ERP worker on its own connection.
  const workers = Array.from({ length: CLIENTS }, () => server.connect());
  let oneMs = 0;
  let fourMs = 0;
  try {
    await client(server, 'PO-WARM', WARM_UP);
    for (const order of alternation(['one', 'four'] as const, rounds)) {
      for (const arm of order) {
        const t0 = nowMs();
        if (arm === 'one') await client(server, 'PO-ONE', perBlock);
        else await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(workers[c]!, `PO-C${c}`, perBlock)));
        if (arm === 'one') oneMs += nowMs() - t0;
        else fourMs += nowMs() - t0;
      }
    }
  } finally {
    await server.stop();
  }
  const one = (qty / oneMs) * 1000;
  const four = ((CLIENTS * qty) / fourMs) * 1000;
  const gain = round(four / one, 2);
  return [
    { name: 'concurrency.rest.one_po', value: Math.round(one), unit: 'scans/s', n: qty, target: 'one client, one PO (a scan sent when the previous one is answered)' },
    {
      name: 'concurrency.rest.four_pos',
      value: Math.round(four),
      unit: 'scans/s',
      n: CLIENTS * qty,
      baseline: Math.round(one),
      ratio: gain,
      target: `>= ${FOUR_PO_THROUGHPUT_GAIN} × one PO's throughput (${CLIENTS} clients on ${CLIENTS} POs, alternated with one in ${rounds} rounds)`,
      met: gain >= FOUR_PO_THROUGHPUT_GAIN,
    },
  ];
};

export const benches: Bench[] = [fourPos];
