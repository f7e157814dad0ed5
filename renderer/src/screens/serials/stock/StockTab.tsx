import { useCallback, useId, useState } from 'react';
import type { StockLine, StockSerialRow } from '../../../../../shared/workflows/lifecycle-report';
import { locationText } from '../../../../../shared/workflows/lifecycle';
import { Dialog } from '../../../app/Dialog';
import { call, useClient, useEvent, useRequest } from '../../../client/station-context';
import { PagedTable, type Column } from '../../../wizard/PagedTable';
import { Serial } from '../../../words/Serial';

const SERIAL_COLUMNS: Column<StockSerialRow>[] = [
  { header: 'Serial', cell: (r) => <Serial value={r.serial} /> },
  { header: 'PO', cell: (r) => r.po ?? '—' },
  { header: 'Cost', cell: (r) => (r.unit_cost === null ? '—' : r.unit_cost.toFixed(2)), numeric: true },
  { header: 'Lot', cell: (r) => r.lot ?? '—' },
  { header: 'Expiry', cell: (r) => r.expiry ?? '—' },
  { header: 'Here since', cell: (r) => r.since.slice(0, 10) },
];

function LineSerials({ line, onClose }: { line: StockLine; onClose(): void }) {
  const client = useClient();
  const fetchPage = useCallback(
    (offset: number, limit: number) => call(client, 'stock.serials', { sku: line.sku, warehouse: line.warehouse, bin: line.bin, offset, limit }),
    [client, line],
  );
  const where = locationText(line.warehouse, line.bin);
  return (
    <Dialog title={`Serials of ${line.sku} at ${where}`} onClose={onClose}>
      <PagedTable label={`Serials of ${line.sku} at ${where}`} columns={SERIAL_COLUMNS} fetchPage={fetchPage} rowKey={(r) => r.serial} height={360} />
      <div className="button-row">
        <button type="button" onClick={onClose}>Close</button>
      </div>
    </Dialog>
  );
}

/** Serials → Stock: units on hand per product, warehouse and bin with their serial counts; a stock line's serials. */
export function StockTab() {
  const ids = { sku: useId(), warehouse: useId() };
  const [sku, setSku] = useState('');
  const [warehouse, setWarehouse] = useState('');
  const [open, setOpen] = useState<StockLine | null>(null);
  const input = { ...(sku.trim() ? { sku: sku.trim() } : {}), ...(warehouse.trim() ? { warehouse: warehouse.trim() } : {}) };
  const stock = useRequest('stock.list', input, [sku.trim(), warehouse.trim()]);
  // Stock moved at another station sharing the database: the table follows.
  const { reload } = stock;
  useEvent('data.changed', useCallback((e: { areas: string[] }) => e.areas.includes('stock') && reload(), [reload]));
  const lines = stock.value?.lines ?? [];
  return (
    <div>
      <div className="pool-filters">
        <label htmlFor={ids.sku}>Stock SKU</label>
        <input id={ids.sku} value={sku} onChange={(e) => setSku(e.target.value)} autoComplete="off" />
        <label htmlFor={ids.warehouse}>Stock warehouse</label>
        <input id={ids.warehouse} value={warehouse} onChange={(e) => setWarehouse(e.target.value)} autoComplete="off" />
        <button type="button" onClick={stock.reload}>Refresh</button>
      </div>
      <table aria-label="Stock list">
        <thead>
          <tr>
            <th scope="col">SKU</th>
            <th scope="col">Product</th>
            <th scope="col">Tracking</th>
            <th scope="col">Warehouse</th>
            <th scope="col">Bin</th>
            <th scope="col" className="num">On hand</th>
            <th scope="col" className="num">Serials</th>
            <th scope="col">Serial numbers</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={`${l.sku}/${l.warehouse}/${l.bin ?? ''}`} data-sku={l.sku}>
              <td>{l.sku}</td>
              <td>{l.name}</td>
              <td>{l.tracking === 'full' ? 'Full' : l.tracking === 'ship' ? 'At shipping' : 'None'}</td>
              <td>{l.warehouse}</td>
              <td>{l.bin ?? '—'}</td>
              <td className="num">{l.qty}</td>
              <td className="num">{l.serial_count}</td>
              <td>
                <button type="button" className="small" disabled={l.serial_count === 0} aria-label={`Serials of ${l.sku} at ${locationText(l.warehouse, l.bin)}`} onClick={() => setOpen(l)}>
                  Serials
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {lines.length === 0 && !stock.loading ? <p>No stock matches.</p> : null}
      {open ? <LineSerials line={open} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
