import type { ShippingLine, ShippingStep } from '../../../../shared/workflows/shipping';
import { Serial } from '../../words/Serial';
import { DoneMark } from '../../wizard/DocumentProgress';

const trackingTag = (l: ShippingLine) => (l.serial_required ? 'serial per unit' : null);

/** The order's rows with scanned / required counts, always visible; kit components under their kit. */
export function ShipLines({ lines, step }: { lines: ShippingLine[]; step: ShippingStep }) {
  const current = step.kind === 'serial' ? step.row : null;
  return (
    <table className="progress-table" aria-label="Order lines">
      <thead>
        <tr>
          <th scope="col">Line</th>
          <th scope="col">SKU</th>
          <th scope="col">Product</th>
          <th scope="col" className="num">Required</th>
          <th scope="col" className="num">Scanned</th>
          <th scope="col" className="num">Remaining</th>
          <th scope="col">Serials</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.row} data-sku={l.sku} data-kind={l.kind} className={l.row === current ? 'line-current' : l.remaining === 0 ? 'line-done' : undefined}>
            <td>
              {l.remaining === 0 ? <DoneMark /> : null}
              {l.kind === 'component' ? '' : l.line_no}
            </td>
            <td className={l.kind === 'component' ? 'ship-component' : undefined}>{l.sku}</td>
            <td>
              {l.name}
              {l.kind === 'kit' ? <span className="tag"> kit</span> : null}
              {l.kind === 'component' ? <span className="tag"> part of {l.kit_sku}{l.is_main ? ' (main component)' : ''}</span> : null}
              {l.replaced_from ? <span className="tag"> replaces {l.replaced_from}</span> : null}
              {trackingTag(l) ? <span className="tag"> · {trackingTag(l)}</span> : null}
            </td>
            <td className="num">{l.required}</td>
            <td className="num">{l.scanned}</td>
            <td className="num">{l.remaining}</td>
            <td className="ship-serials">{l.serials.length > 0 ? l.serials.map((v, i) => <span key={v}>{i > 0 ? ', ' : ''}<Serial value={v} /></span>) : l.serial_required ? 'none yet' : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
