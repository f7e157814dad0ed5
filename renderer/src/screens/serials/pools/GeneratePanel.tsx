import { useId, useState, type FormEvent } from 'react';
import { defaultBatchName, MAX_BATCH_SIZE, type PoolView } from '../../../../../shared/workflows/pools';
import { call, useClient } from '../../../client/station-context';
import { errorText } from './error-text';

/** Continuous pools generate one serial per click; batch pools a named batch of up to 500. */
export function GeneratePanel({ pool, onDone }: { pool: PoolView; onDone(message: string): void }) {
  const client = useClient();
  const id = { count: useId(), name: useId() };
  const [count, setCount] = useState('100');
  const [name, setName] = useState(() => defaultBatchName(new Date()));
  // Left as proposed, the name is the station's to choose (the date and time, made unique).
  const [edited, setEdited] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const generate = async (e?: FormEvent) => {
    e?.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const batchName = edited && name.trim() ? { batchName: name.trim() } : {};
      const input = pool.mode === 'batch' ? { poolId: pool.id, count: Number(count), ...batchName } : { poolId: pool.id };
      const r = await call(client, 'pools.generate', input);
      onDone(r.batch ? `Generated batch ${r.batch.name} with ${r.serials.length} serials` : `Generated serial ${r.serials[0] ?? ''}`);
      setName(defaultBatchName(new Date()));
      setEdited(false);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const room = Math.max(0, pool.limit - pool.generated);
  return (
    <section aria-label="Generate serials" className="pool-generate">
      <p className="option-help">
        {pool.generated} of {pool.limit} serials generated ({room} left under the limit).
      </p>
      {pool.mode === 'continuous' ? (
        <button type="button" className="primary" disabled={busy} onClick={() => void generate()}>
          Generate serial
        </button>
      ) : (
        <form onSubmit={generate} className="form-grid">
          <label htmlFor={id.count}>Serials in the batch (1–{MAX_BATCH_SIZE})</label>
          <input id={id.count} type="number" min={1} max={MAX_BATCH_SIZE} value={count} onChange={(e) => setCount(e.target.value)} />
          <label htmlFor={id.name}>Batch name</label>
          <input id={id.name} value={name} onChange={(e) => {
              setName(e.target.value);
              setEdited(true);
            }} />
          <div className="button-row">
            <button type="submit" className="primary" disabled={busy}>
              Generate batch
            </button>
          </div>
        </form>
      )}
      {error ? <p className="form-error" role="alert">{error}</p> : null}
    </section>
  );
}
