import { useId } from 'react';
import { useRequest } from '../../../client/station-context';

export interface Place {
  warehouse: string;
  bin: string;
}

/** A warehouse select and a bin select of that warehouse ("no bin" allowed), with visible labels. */
export function PlaceFields({ label, value, onChange, binOptional = true }: { label: string; value: Place; onChange(p: Place): void; binOptional?: boolean }) {
  const ids = { w: useId(), b: useId() };
  const places = useRequest('stock.places', {});
  const warehouses = places.value?.warehouses ?? [];
  const bins = warehouses.find((w) => w.code === value.warehouse)?.bins ?? [];
  return (
    <>
      <label htmlFor={ids.w}>{label} warehouse</label>
      <select id={ids.w} value={value.warehouse} onChange={(e) => onChange({ warehouse: e.target.value, bin: '' })}>
        <option value="">Choose…</option>
        {warehouses.map((w) => (
          <option key={w.code} value={w.code}>
            {w.code} — {w.name}
          </option>
        ))}
      </select>
      <label htmlFor={ids.b}>{label} bin</label>
      <select id={ids.b} value={value.bin} onChange={(e) => onChange({ ...value, bin: e.target.value })}>
        {binOptional ? <option value="">No bin</option> : <option value="">Choose…</option>}
        {bins.map((b) => (
          <option key={b} value={b}>
            {b}
          </option>
        ))}
      </select>
    </>
  );
}

/** The request fields of a place: `{ warehouse, bin? }`. */
export function placeInput(p: Place): { warehouse: string; bin?: string } {
  return p.bin ? { warehouse: p.warehouse, bin: p.bin } : { warehouse: p.warehouse };
}
