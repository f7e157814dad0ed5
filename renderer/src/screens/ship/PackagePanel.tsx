import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { describeExpected } from '../../../../shared/workflows/expected-weight';
import { judgePackageWeight } from '../../../../shared/workflows/package-weight';
import { DIMENSION_UNITS, WEIGHT_UNITS, autoShipWeight, type DimensionUnit, type WeightUnit } from '../../../../shared/workflows/shipping-weight';
import type { ShippingStep } from '../../../../shared/workflows/shipping';
import { useOptions } from '../../app/options-context';
import { useDevices } from '../../devices/devices-context';
import { ScaleWeight } from '../../devices/ScaleWeight';

export interface ShipRequestFields {
  weight?: { value: number; unit: WeightUnit };
  from_scale?: boolean;
  dims?: { length: number; width: number; height: number; unit: DimensionUnit };
  tracking_number?: string;
  tracking_typed?: boolean;
}

type PackageStep = Extract<ShippingStep, { kind: 'package' }>;

/**
 * The package step: live weight from the scale (only a fresh, stable weight read for this package
 * ships — see package-weight.ts), a typed weight when there is no scale (or when allowed),
 * dimensions, the tracking number (scanned into the Scan field, or typed when allowed), then Ship.
 * With auto-ship, a weight that qualifies ships at once.
 */
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

export function PackagePanel({ step, scannedTracking, onShip }: { step: PackageStep; scannedTracking: string | null; onShip(req: ShipRequestFields): Promise<void> }) {
  const { values } = useOptions();
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
  const expected = describeExpected(step.expected);

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
  const shipLabel = (fromScale: boolean) => (last ? (fromScale ? 'Ship with scale weight' : 'Ship order') : `Record package ${step.package_no}${fromScale ? ' with scale weight' : ''}`);
  return (
    // The form has no box of its own (`.package-form`): its fields are a grid, and its action bar
    // sticks to the bottom of the screen within the whole wizard column, so Ship stays in view.
    <form className="package-form" aria-label="Package" onSubmit={submit} data-keeps-focus="">
      <div className="form-grid package-panel">
        {several ? (
          <>
            <span>Package</span>
            <strong data-testid="package-of">
              {step.package_no} of {step.package_count}
              {step.measured.length ? ` · weighed: ${step.measured.map((m) => `${m.package_no}: ${m.weight_grams ?? '?'} g`).join(', ')}` : ''}
            </strong>
          </>
        ) : null}
        {scaleSet ? (
          <>
            <span>Scale</span>
            <span>
              <ScaleWeight scale={scale} testId="package-reading" />
              {scaleWeight.ok ? null : <span className="tag" data-testid="package-weight-why"> {scaleWeight.message}</span>}
              {values['shipping.autoShipAfterWeight'] ? <span className="tag"> · ships automatically on a stable weight</span> : null}
            </span>
          </>
        ) : null}
        {expected ? (
          <>
            <span>Expected</span>
            <span className="tag" data-testid="expected-weight">{expected}</span>
          </>
        ) : null}
        {typedAllowed ? (
          <>
            <label htmlFor={ids.w}>Weight</label>
            <span className="qty-row">
              <input id={ids.w} type="number" min="0" step="any" value={form.weight} onChange={set('weight')} />
              <label htmlFor={ids.wu}>Weight unit</label>
              <UnitSelect id={ids.wu} value={form.weightUnit} units={WEIGHT_UNITS} onChange={set('weightUnit')} />
            </span>
          </>
        ) : null}
        <label htmlFor={ids.l}>Length</label>
        <input id={ids.l} type="number" min="0" step="any" value={form.length} onChange={set('length')} />
        <label htmlFor={ids.wi}>Width</label>
        <input id={ids.wi} type="number" min="0" step="any" value={form.width} onChange={set('width')} />
        <label htmlFor={ids.h}>Height</label>
        <input id={ids.h} type="number" min="0" step="any" value={form.height} onChange={set('height')} />
        <label htmlFor={ids.du}>Dimension unit</label>
        <UnitSelect id={ids.du} value={form.dimUnit} units={DIMENSION_UNITS} onChange={set('dimUnit')} />
        {scannedTracking ? (
          <>
            <span>Tracking number</span>
            <strong data-testid="scanned-tracking">{scannedTracking} (scanned)</strong>
          </>
        ) : values['shipping.allowManualTrackingNumber'] ? (
          <>
            <label htmlFor={ids.t}>Tracking number</label>
            <input id={ids.t} value={form.tracking} onChange={set('tracking')} autoComplete="off" spellCheck={false} />
          </>
        ) : (
          <>
            <span>Tracking number</span>
            <span className="tag">scan it into the Scan field</span>
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
