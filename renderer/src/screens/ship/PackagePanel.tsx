import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { expectedMessage } from '../../../../shared/workflows/expected-weight';
import { judgePackageWeight } from '../../../../shared/workflows/package-weight';
import { DIMENSION_UNITS, WEIGHT_UNITS, autoShipWeight, type DimensionUnit, type WeightUnit } from '../../../../shared/workflows/shipping-weight';
import type { ShippingStep } from '../../../../shared/workflows/shipping';
import { useOptions } from '../../app/options-context';
import { useDevices } from '../../devices/devices-context';
import { ScaleWeight } from '../../devices/ScaleWeight';
import { sentence, useT } from '../../i18n/i18n-context';

export interface ShipRequestFields {
  weight?: { value: number; unit: WeightUnit };
  from_scale?: boolean;
  dims?: { length: number; width: number; height: number; unit: DimensionUnit };
  tracking_number?: string;
  tracking_typed?: boolean;
}

type PackageStep = Extract<ShippingStep, { kind: 'package' }>;

/** A unit chooser (weight or dimension units). */
function UnitSelect({ id, value, units, onChange }: { id: string; value: string; units: readonly string[]; onChange(e: { target: { value: string } }): void }) {
  return (
    <select id={id} value={value} onChange={onChange}>
      {units.map((u) => (
        <option key={u} value={u}>
          {u}
        </option>
      ))}
    </select>
  );
}

/**
 * The package step: live weight from the scale (only a fresh, stable weight read for this package
 * ships — see package-weight.ts), a typed weight when there is no scale (or when allowed),
 * dimensions, the tracking number (scanned into the Scan field, or typed when allowed), then Ship.
 * With auto-ship, a weight that qualifies ships at once.
 */
export function PackagePanel({ step, scannedTracking, onShip }: { step: PackageStep; scannedTracking: string | null; onShip(req: ShipRequestFields): Promise<void> }) {
  const { values } = useOptions();
  const t = useT();
  const { scale, devices } = useDevices();
  const scaleOn = devices.some((d) => d.kind === 'scale' && d.status === 'connected');
  // A configured scale keeps its row while it is away, saying "no reading" rather than disappearing.
  const scaleSet = devices.some((d) => d.kind === 'scale' && d.driver !== 'none');
  const typedAllowed = !scaleOn || values['shipping.allowManualWeight'];
  const ids = { w: useId(), wu: useId(), l: useId(), wi: useId(), h: useId(), du: useId(), t: useId() };
  const [form, setForm] = useState({ weight: '', weightUnit: 'kg' as WeightUnit, length: '', width: '', height: '', dimUnit: 'cm' as DimensionUnit, tracking: '' });
  const [busy, setBusy] = useState(false);
  const shipping = useRef(false);
  const scaleWeight = judgePackageWeight(scale, step, values['shipping.requireWeightChange']);
  const expectedSentence = expectedMessage(step.expected);
  const expected = expectedSentence && t(expectedSentence.key, expectedSentence.params);

  const request = (fromScale: boolean): ShipRequestFields => {
    const dims = [form.length, form.width, form.height].map(Number);
    const typedTracking = form.tracking.trim();
    const tracking = scannedTracking ?? (typedTracking === '' ? null : typedTracking);
    return {
      ...(fromScale ? { from_scale: true } : form.weight !== '' ? { weight: { value: Number(form.weight), unit: form.weightUnit } } : {}),
      ...(dims.every((d) => d > 0) ? { dims: { length: dims[0] ?? 0, width: dims[1] ?? 0, height: dims[2] ?? 0, unit: form.dimUnit } } : {}),
      ...(tracking ? { tracking_number: tracking, tracking_typed: scannedTracking === null } : {}),
    };
  };
  const ship = async (fromScale: boolean) => {
    if (shipping.current) return;
    shipping.current = true;
    setBusy(true);
    try {
      await onShip(request(fromScale));
    } finally {
      shipping.current = false;
      setBusy(false);
    }
  };

  // Auto-ship after a stable weight (everything is scanned and confirmed at this step).
  const auto = autoShipWeight(step, values['shipping.autoShipAfterWeight'] && scaleOn, scaleWeight);
  useEffect(() => {
    if (auto !== null) void ship(true);
    // Only a new qualifying weight triggers; the form is read when it fires.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [auto]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void ship(scaleSet && form.weight === '');
  };
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });

  const several = step.package_count > 1;
  const last = step.package_no >= step.package_count;
  const shipLabel = (fromScale: boolean) =>
    last
      ? fromScale
        ? t('ui-ship.package.shipWithScale')
        : t('ui-ship.package.shipOrder')
      : fromScale
        ? t('ui-ship.package.recordWithScale', { no: step.package_no })
        : t('ui-ship.package.record', { no: step.package_no });
  return (
    // The form has no box of its own (`.package-form`): its fields are a grid, and its action bar
    // sticks to the bottom of the screen within the whole wizard column, so Ship stays in view.
    <form className="package-form" aria-label={t('ui-ship.package.form')} onSubmit={submit} data-keeps-focus="">
      <div className="form-grid package-panel">
        {several ? (
          <>
            <span>{t('ui-ship.package.package')}</span>
            <strong data-testid="package-of">
              {t('ui-ship.package.of', { no: step.package_no, count: step.package_count })}
              {step.measured.length
                ? ` · ${t('ui-ship.package.weighed', { list: step.measured.map((m) => `${m.package_no}: ${m.weight_grams === null ? '?' : t('ui-ship.grams', { grams: m.weight_grams })}`).join(', ') })}`
                : ''}
            </strong>
          </>
        ) : null}
        {scaleSet ? (
          <>
            <span>{t('ui-ship.package.scale')}</span>
            <span>
              <ScaleWeight scale={scale} testId="package-reading" />
              {scaleWeight.ok ? null : <span className="tag" data-testid="package-weight-why"> {sentence(t, scaleWeight)}</span>}
              {values['shipping.autoShipAfterWeight'] ? <span className="tag"> · {t('ui-ship.package.autoShip')}</span> : null}
            </span>
          </>
        ) : null}
        {expected ? (
          <>
            <span>{t('ui-ship.package.expected')}</span>
            <span className="tag" data-testid="expected-weight">{expected}</span>
          </>
        ) : null}
        {typedAllowed ? (
          <>
            <label htmlFor={ids.w}>{t('ui-ship.package.weight')}</label>
            <span className="qty-row">
              <input id={ids.w} type="number" min="0" step="any" value={form.weight} onChange={set('weight')} />
              <label htmlFor={ids.wu}>{t('ui-ship.package.weightUnit')}</label>
              <UnitSelect id={ids.wu} value={form.weightUnit} units={WEIGHT_UNITS} onChange={set('weightUnit')} />
            </span>
          </>
        ) : null}
        <label htmlFor={ids.l}>{t('ui-ship.package.length')}</label>
        <input id={ids.l} type="number" min="0" step="any" value={form.length} onChange={set('length')} />
        <label htmlFor={ids.wi}>{t('ui-ship.package.width')}</label>
        <input id={ids.wi} type="number" min="0" step="any" value={form.width} onChange={set('width')} />
        <label htmlFor={ids.h}>{t('ui-ship.package.height')}</label>
        <input id={ids.h} type="number" min="0" step="any" value={form.height} onChange={set('height')} />
        <label htmlFor={ids.du}>{t('ui-ship.package.dimUnit')}</label>
        <UnitSelect id={ids.du} value={form.dimUnit} units={DIMENSION_UNITS} onChange={set('dimUnit')} />
        {scannedTracking ? (
          <>
            <span>{t('ui-ship.package.tracking')}</span>
            <strong data-testid="scanned-tracking">{t('ui-ship.package.trackingScanned', { tracking: scannedTracking })}</strong>
          </>
        ) : values['shipping.allowManualTrackingNumber'] ? (
          <>
            <label htmlFor={ids.t}>{t('ui-ship.package.tracking')}</label>
            <input id={ids.t} value={form.tracking} onChange={set('tracking')} autoComplete="off" spellCheck={false} />
          </>
        ) : (
          <>
            <span>{t('ui-ship.package.tracking')}</span>
            <span className="tag">{t('ui-ship.package.trackingHint')}</span>
          </>
        )}
      </div>
      <div className="button-row ship-actions">
        <button type="submit" className="primary" disabled={busy || (scaleSet && form.weight === '' && !scaleWeight.ok) || (!scaleSet && form.weight === '')}>
          {shipLabel(scaleSet && form.weight === '')}
        </button>
      </div>
    </form>
  );
}
