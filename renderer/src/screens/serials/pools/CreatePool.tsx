import { useId, useState, type FormEvent } from 'react';
import { MAX_BATCH_SIZE, type PoolView } from '../../../../../shared/workflows/pools';
import { call, useClient } from '../../../client/station-context';
import { useT } from '../../../i18n/i18n-context';
import { errorText } from './error-text';

const SCHEMAS = ['GTIN', 'SKU'] as const;
type Schema = '' | (typeof SCHEMAS)[number];

/** A pool for a product: its code (SKU, alias or GTIN), how it names the product, and how it generates. */
export function CreatePool({ onCreated }: { onCreated(pool: PoolView): void }) {
  const t = useT();
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
      setError(errorText(t, err));
    }
  };

  return (
    <form onSubmit={submit} className="form-grid pool-create" aria-label={t('ui-serials.create.label')}>
      <label htmlFor={id.code}>{t('ui-serials.create.product')}</label>
      <input id={id.code} value={form.code} required onChange={(e) => setForm({ ...form, code: e.target.value })} />
      <label htmlFor={id.schema}>{t('ui-serials.create.schema')}</label>
      <select id={id.schema} value={form.schema} onChange={(e) => setForm({ ...form, schema: e.target.value as Schema })}>
        <option value="">{t('ui-serials.create.schemaDefault')}</option>
        {SCHEMAS.map((schema) => (
          <option key={schema} value={schema}>
            {schema}
          </option>
        ))}
      </select>
      <label htmlFor={id.mode}>{t('ui-serials.create.mode')}</label>
      <select id={id.mode} value={form.mode} onChange={(e) => setForm({ ...form, mode: e.target.value as 'batch' | 'continuous' })}>
        <option value="batch">{t('ui-serials.pool.modeBatch', { max: MAX_BATCH_SIZE })}</option>
        <option value="continuous">{t('ui-serials.pool.modeContinuous')}</option>
      </select>
      <label htmlFor={id.limit}>{t('ui-serials.create.limit')}</label>
      <input id={id.limit} type="number" min={1} value={form.limit} onChange={(e) => setForm({ ...form, limit: e.target.value })} />
      <label htmlFor={id.length}>{t('ui-serials.create.length')}</label>
      <input id={id.length} type="number" min={1} max={20} value={form.length} onChange={(e) => setForm({ ...form, length: e.target.value })} />
      <div className="button-row">
        <button type="submit" className="primary">{t('ui-serials.create.submit')}</button>
      </div>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
    </form>
  );
}
