import { useState } from 'react';
import type { BatchView, PoolView } from '../../../../../shared/workflows/pools';
import { useRequest } from '../../../client/station-context';
import { PrintDialog } from './PrintDialog';

/** The pool's batches, newest first: open one's serials, or print the whole batch. */
export function BatchList({ pool, onShow, onChanged }: { pool: PoolView; onShow(batch: BatchView): void; onChanged(message: string): void }) {
  const batches = useRequest('pools.batches', { poolId: pool.id }, [pool.id, pool.available, pool.assigned, pool.batches]);
  const [printing, setPrinting] = useState<BatchView | null>(null);
  const list = batches.value?.batches ?? [];
  return (
    <section aria-label="Batches">
      {list.length === 0 ? <p>No batches yet.</p> : null}
      <table>
        <thead>
          <tr>
            <th scope="col">Batch</th>
            <th scope="col">Created</th>
            <th scope="col" className="num">Available</th>
            <th scope="col" className="num">Assigned</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {list.map((b) => (
            <tr key={b.id}>
              <td>{b.name}</td>
              <td>{new Date(b.created_at).toLocaleString()}</td>
              <td className="num">{b.available}</td>
              <td className="num">{b.assigned}</td>
              <td>
                <button type="button" className="small" aria-label={`Show serials of ${b.name}`} onClick={() => onShow(b)}>Serials</button>{' '}
                <button type="button" className="small" aria-label={`Print batch ${b.name}`} onClick={() => setPrinting(b)}>Print</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {printing ? (
        <PrintDialog
          pool={pool}
          selection={{ batchId: printing.id, label: `Batch ${printing.name}: ${printing.available + printing.assigned} serials` }}
          onClose={() => setPrinting(null)}
          onPrinted={(message) => {
            setPrinting(null);
            onChanged(message);
          }}
        />
      ) : null}
    </section>
  );
}
