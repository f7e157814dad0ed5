import { useId, useState, type FormEvent } from 'react';
import { MAX_BATCH_SIZE, type PoolView } from '../../../../../shared/workflows/pools';
import { call, useClient } from '../../../client/station-context';
import { useT } from '../../../i18n/i18n-context';
import { errorText } from './error-text';

/** Changes a pool's name, type, limit and serial length (new serials only; existing ones stay). */
export function PoolSettings({ pool, onSaved }: { pool: PoolView; onSaved(message: string): void }) {
  const t = useT();
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
      onSaved(t('ui-serials.settings.saved', { pool: saved.name }));
    } catch (err) {
      setError(errorText(t, err));
    }
  };

  return (
    <details className="pool-settings">
      <summary>{t('ui-serials.settings.title')}</summary>
      <form onSubmit={save} className="form-grid">
        <label htmlFor={id.name}>{t('ui-serials.settings.name')}</label>
        <input id={id.name} value={form.name} required onChange={(e) => setForm({ ...form, name: e.target.value })} />
        <label htmlFor={id.mode}>{t('ui-serials.settings.mode')}</label>
        <select id={id.mode} value={form.mode} onChange={(e) => setForm({ ...form, mode: e.target.value as PoolView['mode'] })}>
          <option value="batch">{t('ui-serials.pool.modeBatch', { max: MAX_BATCH_SIZE })}</option>
          <option value="continuous">{t('ui-serials.pool.modeContinuous')}</option>
        </select>
        <label htmlFor={id.limit}>{t('ui-serials.settings.limit')}</label>
        <input id={id.limit} type="number" min={1} value={form.limit} onChange={(e) => setForm({ ...form, limit: e.target.value })} />
        <label htmlFor={id.length}>{t('ui-serials.settings.length', { min: 1, max: 20 })}</label>
        <input id={id.length} type="number" min={1} max={20} value={form.length} onChange={(e) => setForm({ ...form, length: e.target.value })} />
        <div className="button-row">
          <button type="submit">{t('ui-serials.settings.save')}</button>
        </div>
        {error ? <p className="form-error" role="alert">{error}</p> : null}
      </form>
    </details>
  );
}
