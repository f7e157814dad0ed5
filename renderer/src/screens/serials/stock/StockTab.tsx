import { useCallback, useId, useMemo, useState } from 'react';
import type { StockLine, StockSerialRow } from '../../../../../shared/workflows/lifecycle-report';
import { locationText } from '../../../../../shared/workflows/lifecycle';
import { Dialog } from '../../../app/Dialog';
import { call, useClient, useEvent, useRequest } from '../../../client/station-context';
import { useI18n } from '../../../i18n/i18n-context';
import { PagedTable, type Column } from '../../../wizard/PagedTable';
import { Serial } from '../../../words/Serial';
import { day, fixed2 } from '../words';

function LineSerials({ line, onClose }: { line: StockLine; onClose(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const client = useClient();
  const columns = useMemo<Column<StockSerialRow>[]>(
    () => [
      { header: i18n.t('ui-serials.col.serial'), cell: (r) => <Serial value={r.serial} /> },
      { header: i18n.t('ui-serials.col.po'), cell: (r) => r.po ?? '—' },
      { header: i18n.t('ui-serials.col.cost'), cell: (r) => (r.unit_cost === null ? '—' : fixed2(i18n.lang, r.unit_cost)), numeric: true },
      { header: i18n.t('ui-serials.col.lot'), cell: (r) => r.lot ?? '—' },
      { header: i18n.t('ui-serials.col.expiry'), cell: (r) => (r.expiry ? day(i18n, r.expiry) : '—') },
      { header: i18n.t('ui-serials.col.hereSince'), cell: (r) => day(i18n, r.since) },
    ],
    [i18n],
  );
  const fetchPage = useCallback(
    (offset: number, limit: number) => call(client, 'stock.serials', { sku: line.sku, warehouse: line.warehouse, bin: line.bin, offset, limit }),
    [client, line],
  );
  const title = t('ui-serials.stock.serialsOf', { sku: line.sku, place: locationText(line.warehouse, line.bin) });
  return (
    <Dialog title={title} onClose={onClose}>
      <PagedTable label={title} columns={columns} fetchPage={fetchPage} rowKey={(r) => r.serial} height={360} />
      <div className="button-row">
        <button type="button" onClick={onClose}>{t('ui-serials.close')}</button>
      </div>
    </Dialog>
  );
}

/** Serials → Stock: units on hand per product, warehouse and bin with their serial counts; a stock line's serials. */
export function StockTab() {
  const { t, number } = useI18n();
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
        <label htmlFor={ids.sku}>{t('ui-serials.stock.sku')}</label>
        <input id={ids.sku} value={sku} onChange={(e) => setSku(e.target.value)} autoComplete="off" />
        <label htmlFor={ids.warehouse}>{t('ui-serials.stock.warehouse')}</label>
        <input id={ids.warehouse} value={warehouse} onChange={(e) => setWarehouse(e.target.value)} autoComplete="off" />
        <button type="button" onClick={stock.reload}>{t('ui-serials.refresh')}</button>
      </div>
      <table aria-label={t('ui-serials.stock.table')}>
        <thead>
          <tr>
            <th scope="col">{t('ui-serials.col.sku')}</th>
            <th scope="col">{t('ui-serials.col.product')}</th>
            <th scope="col">{t('ui-serials.col.tracking')}</th>
            <th scope="col">{t('ui-serials.col.warehouse')}</th>
            <th scope="col">{t('ui-serials.col.bin')}</th>
            <th scope="col" className="num">{t('ui-serials.col.onHand')}</th>
            <th scope="col" className="num">{t('ui-serials.col.serials')}</th>
            <th scope="col">{t('ui-serials.col.serialNumbers')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={`${l.sku}/${l.warehouse}/${l.bin ?? ''}`} data-sku={l.sku}>
              <td>{l.sku}</td>
              <td>{l.name}</td>
              <td>{t('ui-serials.stock.tracking', { tracking: l.tracking })}</td>
              <td>{l.warehouse}</td>
              <td>{l.bin ?? '—'}</td>
              <td className="num">{number(l.qty)}</td>
              <td className="num">{number(l.serial_count)}</td>
              <td>
                <button type="button" className="small" disabled={l.serial_count === 0} aria-label={t('ui-serials.stock.serialsOf', { sku: l.sku, place: locationText(l.warehouse, l.bin) })} onClick={() => setOpen(l)}>
                  {t('ui-serials.stock.serials')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {lines.length === 0 && !stock.loading ? <p>{t('ui-serials.stock.none')}</p> : null}
      {open ? <LineSerials line={open} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
