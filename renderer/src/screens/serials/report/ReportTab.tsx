import { Fragment, useCallback, useId, useState, type FormEvent } from 'react';
import { SERIAL_STATUSES, type SerialStatus } from '../../../../../shared/domain/types';
import { REPORT_COLUMNS, type SerialReportFilter, type SerialReportRow } from '../../../../../shared/workflows/lifecycle-report';
import { call, useClient } from '../../../client/station-context';
import { PagedTable, type Column } from '../../../wizard/PagedTable';
import { ExportPanel } from './ExportPanel';
import { ProfitPanel } from './ProfitPanel';
import { Serial } from '../../../words/Serial';
import { statusWord } from '../../../words/statuses';

const TEXT_FIELDS = [
  { key: 'serial', label: 'Serial starts with' },
  { key: 'sku', label: 'SKU' },
  { key: 'po', label: 'PO' },
  { key: 'order', label: 'Sale order' },
  { key: 'vendor', label: 'Vendor' },
] as const;

const cellOf = (key: keyof SerialReportRow) => (r: SerialReportRow) => {
  const v = r[key];
  if (v === null) return '—';
  if (typeof v === 'number') return v.toFixed(2);
  if (key === 'date_ordered' || key === 'sale_date') return v.slice(0, 10);
  return key === 'serial' ? <Serial value={String(v)} /> : key === 'status' ? statusWord(String(v)) : v;
};

const COLUMNS: Column<SerialReportRow>[] = REPORT_COLUMNS.map((c) => ({
  header: c.header,
  cell: cellOf(c.key),
  numeric: ['purchase_price', 'sale_price', 'cost', 'margin'].includes(c.key),
}));

/** Serials → Report: the product serial report (PO → sale → RMA) over any number of serials, with P&L and exports. */
export function ReportTab() {
  const client = useClient();
  const base = useId();
  const ids = (key: string) => `${base}-${key}`;
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [filter, setFilter] = useState<SerialReportFilter>({});
  const [version, setVersion] = useState(0);

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
      <form className="form-grid report-filters" onSubmit={submit} aria-label="Search the serial report">
        {TEXT_FIELDS.map((f) => (
          <Fragment key={f.key}>
            <label htmlFor={ids(f.key)}>{f.label}</label>
            <input id={ids(f.key)} value={draft[f.key] ?? ''} onChange={set(f.key)} autoComplete="off" />
          </Fragment>
        ))}
        <label htmlFor={ids('from')}>From (ordered or sold)</label>
        <input id={ids('from')} type="date" value={draft.from ?? ''} onChange={set('from')} />
        <label htmlFor={ids('to')}>To</label>
        <input id={ids('to')} type="date" value={draft.to ?? ''} onChange={set('to')} />
        <label htmlFor={ids('status')}>Status</label>
        <select id={ids('status')} value={draft.status ?? ''} onChange={set('status')}>
          <option value="">Any (not deleted)</option>
          {SERIAL_STATUSES.map((s: SerialStatus) => (
            <option key={s} value={s}>
              {s.replace('_', ' ')}
            </option>
          ))}
        </select>
        <div className="button-row">
          <button type="submit" className="primary">Search</button>
        </div>
      </form>
      <PagedTable key={`${JSON.stringify(filter)}|${version}`} label="Product serial report" columns={COLUMNS} fetchPage={fetchPage} rowKey={(r) => `${r.sku}/${r.serial}`} />
      <ProfitPanel />
      <ExportPanel />
    </div>
  );
}
