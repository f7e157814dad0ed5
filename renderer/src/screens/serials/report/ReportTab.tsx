import { Fragment, useCallback, useId, useMemo, useState, type FormEvent } from 'react';
import type { MessageKey } from '../../../../../shared/i18n/catalog';
import { SERIAL_STATUSES, type SerialStatus } from '../../../../../shared/domain/types';
import { REPORT_COLUMNS, type SerialReportFilter, type SerialReportRow } from '../../../../../shared/workflows/lifecycle-report';
import { call, useClient } from '../../../client/station-context';
import { useI18n, type I18n } from '../../../i18n/i18n-context';
import { PagedTable, type Column } from '../../../wizard/PagedTable';
import { ExportPanel } from './ExportPanel';
import { ProfitPanel } from './ProfitPanel';
import { Serial } from '../../../words/Serial';
import { statusWord } from '../../../words/statuses';
import { day, fixed2 } from '../words';

const TEXT_FIELDS = [
  { key: 'serial', label: 'ui-serials.report.serial' },
  { key: 'sku', label: 'ui-serials.col.sku' },
  { key: 'po', label: 'ui-serials.col.po' },
  { key: 'order', label: 'ui-serials.col.saleOrder' },
  { key: 'vendor', label: 'ui-serials.col.vendor' },
] as const satisfies readonly { key: string; label: MessageKey }[];

/** The report's column headers, in the catalog (REPORT_COLUMNS keeps the English of the export files). */
const HEADERS: Record<keyof SerialReportRow, MessageKey> = {
  sku: 'ui-serials.col.sku',
  product: 'ui-serials.col.product',
  serial: 'ui-serials.col.serial',
  po: 'ui-serials.col.po',
  date_ordered: 'ui-serials.col.dateOrdered',
  vendor: 'ui-serials.col.vendor',
  purchase_price: 'ui-serials.col.purchasePrice',
  sale_order: 'ui-serials.col.saleOrder',
  sale_date: 'ui-serials.col.saleDate',
  sale_price: 'ui-serials.col.salePrice',
  received_warehouse: 'ui-serials.col.receivedWarehouse',
  ship_from_warehouse: 'ui-serials.col.shipFromWarehouse',
  status: 'ui-serials.col.status',
  rma: 'ui-serials.col.rma',
  cost: 'ui-serials.col.costPl',
  margin: 'ui-serials.col.margin',
};

const cellOf = (i18n: I18n, key: keyof SerialReportRow) => (r: SerialReportRow) => {
  const v = r[key];
  if (v === null) return '—';
  if (typeof v === 'number') return fixed2(i18n.lang, v);
  if (key === 'date_ordered' || key === 'sale_date') return day(i18n, v);
  return key === 'serial' ? <Serial value={String(v)} /> : key === 'status' ? statusWord(String(v), i18n.t) : v;
};

/** Serials → Report: the product serial report (PO → sale → RMA) over any number of serials, with P&L and exports. */
export function ReportTab() {
  const i18n = useI18n();
  const { t } = i18n;
  const client = useClient();
  const base = useId();
  const ids = (key: string) => `${base}-${key}`;
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [filter, setFilter] = useState<SerialReportFilter>({});
  const [version, setVersion] = useState(0);
  const columns = useMemo<Column<SerialReportRow>[]>(
    () =>
      REPORT_COLUMNS.map((c) => ({
        header: i18n.t(HEADERS[c.key]),
        cell: cellOf(i18n, c.key),
        numeric: ['purchase_price', 'sale_price', 'cost', 'margin'].includes(c.key),
      })),
    [i18n],
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const f: Record<string, string> = {};
    for (const [k, v] of Object.entries(draft)) if (v.trim()) f[k] = v.trim();
    setFilter(f as SerialReportFilter);
    setVersion((n) => n + 1);
  };
  const fetchPage = useCallback((offset: number, limit: number) => call(client, 'reports.serials', { filter, offset, limit }), [client, filter]);
  const set = (key: string) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });

  return (
    <div className="report">
      <form className="form-grid report-filters" onSubmit={submit} aria-label={t('ui-serials.report.search')}>
        {TEXT_FIELDS.map((f) => (
          <Fragment key={f.key}>
            <label htmlFor={ids(f.key)}>{t(f.label)}</label>
            <input id={ids(f.key)} value={draft[f.key] ?? ''} onChange={set(f.key)} autoComplete="off" />
          </Fragment>
        ))}
        <label htmlFor={ids('from')}>{t('ui-serials.report.from')}</label>
        <input id={ids('from')} type="date" value={draft.from ?? ''} onChange={set('from')} />
        <label htmlFor={ids('to')}>{t('ui-serials.report.to')}</label>
        <input id={ids('to')} type="date" value={draft.to ?? ''} onChange={set('to')} />
        <label htmlFor={ids('status')}>{t('ui-serials.col.status')}</label>
        <select id={ids('status')} value={draft.status ?? ''} onChange={set('status')}>
          <option value="">{t('ui-serials.report.anyStatus')}</option>
          {SERIAL_STATUSES.map((s: SerialStatus) => (
            <option key={s} value={s}>
              {statusWord(s, t)}
            </option>
          ))}
        </select>
        <div className="button-row">
          <button type="submit" className="primary">{t('ui-serials.report.submit')}</button>
        </div>
      </form>
      <PagedTable key={`${JSON.stringify(filter)}|${version}`} label={t('ui-serials.report.table')} columns={columns} fetchPage={fetchPage} rowKey={(r) => `${r.sku}/${r.serial}`} />
      <ProfitPanel />
      <ExportPanel />
    </div>
  );
}
