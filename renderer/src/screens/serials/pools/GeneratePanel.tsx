import { useId, useState, type FormEvent } from 'react';
import { defaultBatchName, MAX_BATCH_SIZE, type PoolView } from '../../../../../shared/workflows/pools';
import { call, useClient } from '../../../client/station-context';
import { useT } from '../../../i18n/i18n-context';
import { errorText } from './error-text';

/** Continuous pools generate one serial per click; batch pools a named batch of up to 500. */
export function GeneratePanel({ pool, onDone }: { pool: PoolView; onDone(message: string): void }) {
  const t = useT();
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
      onDone(r.batch ? t('ui-serials.generate.doneBatch', { batch: r.batch.name, count: r.serials.length }) : t('ui-serials.generate.doneSerial', { serial: r.serials[0] ?? '' }));
      setName(defaultBatchName(new Date()));
      setEdited(false);
    } catch (err) {
      setError(errorText(t, err));
    } finally {
      setBusy(false);
    }
  };

  const room = Math.max(0, pool.limit - pool.generated);
  return (
    <section aria-label={t('ui-serials.generate.label')} className="pool-generate">
      <p className="option-help">{t('ui-serials.generate.room', { generated: pool.generated, limit: pool.limit, room })}</p>
      {pool.mode === 'continuous' ? (
        <button type="button" className="primary" disabled={busy} onClick={() => void generate()}>
          {t('ui-serials.generate.serial')}
        </button>
      ) : (
        <form onSubmit={generate} className="form-grid">
          <label htmlFor={id.count}>{t('ui-serials.generate.count', { min: 1, max: MAX_BATCH_SIZE })}</label>
          <input id={id.count} type="number" min={1} max={MAX_BATCH_SIZE} value={count} onChange={(e) => setCount(e.target.value)} />
          <label htmlFor={id.name}>{t('ui-serials.generate.name')}</label>
          <input id={id.name} value={name} onChange={(e) => {
              setName(e.target.value);
              setEdited(true);
            }} />
          <div className="button-row">
            <button type="submit" className="primary" disabled={busy}>
              {t('ui-serials.generate.batch')}
            </button>
          </div>
        </form>
      )}
      {error ? <p className="form-error" role="alert">{error}</p> : null}
    </section>
  );
}
