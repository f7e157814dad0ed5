import { useId, useState, type FormEvent } from 'react';
import { useDevices } from '../../devices/devices-context';
import { ScaleWeight } from '../../devices/ScaleWeight';
import { useT } from '../../i18n/i18n-context';

export interface Measure {
  weight_grams?: number;
  from_scale?: boolean;
  length_mm: number;
  width_mm: number;
  height_mm: number;
}

/** Weight from the scale when one is connected (only a current, stable reading), typed otherwise; dimensions typed. */
export function MeasureForm({ sku, onSave }: { sku: string; onSave(m: Measure): void }) {
  const t = useT();
  const { scale, devices } = useDevices();
  const reading = scale.current;
  const scaleSet = devices.some((d) => d.kind === 'scale' && d.driver !== 'none');
  const ids = { w: useId(), l: useId(), wi: useId(), h: useId() };
  const [form, setForm] = useState({ weight: '', length: '', width: '', height: '' });
  const dims = () => ({ length_mm: Number(form.length), width_mm: Number(form.width), height_mm: Number(form.height) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave({ weight_grams: Number(form.weight), ...dims() });
  };
  return (
    <form className="form-grid measure-form" onSubmit={submit} aria-label={t('ui-receive.measure.label', { sku })} data-keeps-focus="">
      {scaleSet ? (
        <>
          <span>{t('ui-receive.measure.scale')}</span>
          <span>
            <ScaleWeight scale={scale} testId="measure-reading" />{' '}
            <button type="button" disabled={!reading?.stable} onClick={() => onSave({ from_scale: true, ...dims() })}>
              {t('ui-receive.measure.useScale')}
            </button>
          </span>
        </>
      ) : null}
      <label htmlFor={ids.w}>{t('ui-receive.measure.weight')}</label>
      <input id={ids.w} type="number" min="0" step="any" value={form.weight} onChange={(e) => setForm({ ...form, weight: e.target.value })} />
      <label htmlFor={ids.l}>{t('ui-receive.measure.length')}</label>
      <input id={ids.l} type="number" min="0" value={form.length} onChange={(e) => setForm({ ...form, length: e.target.value })} />
      <label htmlFor={ids.wi}>{t('ui-receive.measure.width')}</label>
      <input id={ids.wi} type="number" min="0" value={form.width} onChange={(e) => setForm({ ...form, width: e.target.value })} />
      <label htmlFor={ids.h}>{t('ui-receive.measure.height')}</label>
      <input id={ids.h} type="number" min="0" value={form.height} onChange={(e) => setForm({ ...form, height: e.target.value })} />
      <div className="button-row">
        <button type="submit" className="primary">{t('ui-receive.measure.saveTyped')}</button>
      </div>
    </form>
  );
}
