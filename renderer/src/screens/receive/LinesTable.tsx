import type { ReceivingLine, ReceivingStep } from '../../../../shared/workflows/receiving';
import { DoneMark } from '../../wizard/DocumentProgress';

/** Progress per line, always visible: ordered / received / to receive / serials. */
export function LinesTable({ lines, step }: { lines: ReceivingLine[]; step: ReceivingStep }) {
  const current = step.kind === 'serial' || step.kind === 'measure' ? step.line_id : null;
  return (
    <table className="progress-table" aria-label="PO lines">
      <thead>
        <tr>
          <th scope="col">Line</th>
          <th scope="col">SKU</th>
          <th scope="col">Product</th>
          <th scope="col" className="num">Ordered</th>
          <th scope="col" className="num">Received</th>
          <th scope="col" className="num">To receive</th>
          <th scope="col" className="num">Serials</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.line_id} data-sku={l.sku} className={l.line_id === current ? 'line-current' : l.to_receive === 0 ? 'line-done' : undefined}>
            <td>
              {l.to_receive === 0 ? <DoneMark /> : null}
              {l.line_no}
            </td>
            <td>{l.sku}</td>
            <td>
              {l.name}
              {l.tracking !== 'none' ? <span className="tag"> {l.tracking === 'full' ? 'serial at receipt' : 'serial at shipping'}</span> : null}
            </td>
            <td className="num">{l.ordered}</td>
            <td className="num">{l.received}</td>
            <td className="num">{l.to_receive}</td>
            <td className="num">
              {l.serial_required || l.serials > 0 ? l.serials : '—'}
              {l.expected_serials > 0 ? ` / ${l.expected_serials} expected` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
