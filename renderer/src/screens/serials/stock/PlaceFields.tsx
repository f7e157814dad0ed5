import { useId } from 'react';
import { useRequest } from '../../../client/station-context';
import { useT } from '../../../i18n/i18n-context';

export interface Place {
  warehouse: string;
  bin: string;
}

/** What a pair of place fields is for; it names them ("From warehouse", "Count bin"). */
export type PlaceRole = 'at' | 'count' | 'from' | 'to' | 'restock';

/**
 * A warehouse select and a bin select of that warehouse ("no bin" allowed), with visible labels.
 * `place` names them from the catalog; `label` (already in the station's language) is the older
 * way, a word put before "warehouse" and "bin".
 */
export function PlaceFields({ place, label = '', value, onChange, binOptional = true }: { place?: PlaceRole; label?: string; value: Place; onChange(p: Place): void; binOptional?: boolean }) {
  const t = useT();
  const ids = { w: useId(), b: useId() };
  const places = useRequest('stock.places', {});
  const warehouses = places.value?.warehouses ?? [];
  const bins = warehouses.find((w) => w.code === value.warehouse)?.bins ?? [];
  const role = { place: place ?? 'other', label };
  return (
    <>
      <label htmlFor={ids.w}>{t('ui-serials.place.warehouse', role)}</label>
      <select id={ids.w} value={value.warehouse} onChange={(e) => onChange({ warehouse: e.target.value, bin: '' })}>
        <option value="">{t('ui-serials.place.choose')}</option>
        {warehouses.map((w) => (
          <option key={w.code} value={w.code}>
            {w.code} — {w.name}
          </option>
        ))}
      </select>
      <label htmlFor={ids.b}>{t('ui-serials.place.bin', role)}</label>
      <select id={ids.b} value={value.bin} onChange={(e) => onChange({ ...value, bin: e.target.value })}>
        <option value="">{binOptional ? t('ui-serials.place.noBin') : t('ui-serials.place.choose')}</option>
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
