import { useId, useState, type FormEvent } from 'react';
import type { PoolView } from '../../../../../shared/workflows/pools';
import { call, useClient } from '../../../client/station-context';
import { errorText } from './error-text';

/** Changes a pool's name, type, limit and serial length (new serials only; existing ones stay). */
export function PoolSettings({ pool, onSaved }: { pool: PoolView; onSaved(message: string): void }) {
  const client = useClient();
  const id = { name: useId(), mode: useId(), limit: useId(), length: useId() };
  const [form, setForm] = useState({ name: pool.name, mode: pool.mode, limit: String(pool.limit), length: String(pool.serial_length) });
  const [error, setError] = useState<string | null>(null);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const { pool: saved } = await call(client, 'pools.update', {
        poolId: pool.id,
        name: form.name,
        mode: form.mode,
        limit: Number(form.limit),
        serialLength: Number(form.length),
      });
      onSaved(`Saved the settings of ${saved.name}`);
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <details className="pool-settings">
      <summary>Pool settings</summary>
      <form onSubmit={save} className="form-grid">
        <label htmlFor={id.name}>Pool name</label>
        <input id={id.name} value={form.name} required onChange={(e) => setForm({ ...form, name: e.target.value })} />
        <label htmlFor={id.mode}>Generation</label>
        <select id={id.mode} value={form.mode} onChange={(e) => setForm({ ...form, mode: e.target.value as PoolView['mode'] })}>
          <option value="batch">batch (named batches of up to 500)</option>
          <option value="continuous">continuous (one serial at a time)</option>
        </select>
        <label htmlFor={id.limit}>Pool serial limit</label>
        <input id={id.limit} type="number" min={1} value={form.limit} onChange={(e) => setForm({ ...form, limit: e.target.value })} />
        <label htmlFor={id.length}>Length of new serials (1–20)</label>
        <input id={id.length} type="number" min={1} max={20} value={form.length} onChange={(e) => setForm({ ...form, length: e.target.value })} />
        <div className="button-row">
          <button type="submit">Save pool settings</button>
        </div>
        {error ? <p className="form-error" role="alert">{error}</p> : null}
      </form>
    </details>
  );
}
