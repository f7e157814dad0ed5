import { useId, useState, type FormEvent } from 'react';
import type { PoolView } from '../../../../../shared/workflows/pools';
import { call, useClient } from '../../../client/station-context';
import { errorText } from './error-text';

type Schema = '' | 'GTIN' | 'SKU';

/** A pool for a product: its code (SKU, alias or GTIN), how it names the product, and how it generates. */
export function CreatePool({ onCreated }: { onCreated(pool: PoolView): void }) {
  const client = useClient();
  const id = { code: useId(), schema: useId(), mode: useId(), limit: useId(), length: useId() };
  const [form, setForm] = useState({ code: '', schema: '' as Schema, mode: 'batch' as 'batch' | 'continuous', limit: '', length: '' });
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const { pool } = await call(client, 'pools.create', {
        productCode: form.code,
        mode: form.mode,
        ...(form.schema ? { codeSchema: form.schema } : {}),
        ...(form.limit ? { limit: Number(form.limit) } : {}),
        ...(form.length ? { serialLength: Number(form.length) } : {}),
      });
      setForm({ ...form, code: '', limit: '', length: '' });
      onCreated(pool);
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <form onSubmit={submit} className="form-grid pool-create" aria-label="Create a pool">
      <label htmlFor={id.code}>Product (SKU or GTIN)</label>
      <input id={id.code} value={form.code} required onChange={(e) => setForm({ ...form, code: e.target.value })} />
      <label htmlFor={id.schema}>Product code schema</label>
      <select id={id.schema} value={form.schema} onChange={(e) => setForm({ ...form, schema: e.target.value as Schema })}>
        <option value="">GTIN when the product has one</option>
        <option value="GTIN">GTIN</option>
        <option value="SKU">SKU</option>
      </select>
      <label htmlFor={id.mode}>Pool type</label>
      <select id={id.mode} value={form.mode} onChange={(e) => setForm({ ...form, mode: e.target.value as 'batch' | 'continuous' })}>
        <option value="batch">batch (named batches of up to 500)</option>
        <option value="continuous">continuous (one serial at a time)</option>
      </select>
      <label htmlFor={id.limit}>Serial limit (blank: default)</label>
      <input id={id.limit} type="number" min={1} value={form.limit} onChange={(e) => setForm({ ...form, limit: e.target.value })} />
      <label htmlFor={id.length}>Serial length (blank: default)</label>
      <input id={id.length} type="number" min={1} max={20} value={form.length} onChange={(e) => setForm({ ...form, length: e.target.value })} />
      <div className="button-row">
        <button type="submit" className="primary">Create pool</button>
      </div>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
    </form>
  );
}
