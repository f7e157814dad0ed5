import { useCallback, useId, useState, type FormEvent } from 'react';
import { SERIAL_EVENT_TYPES, type SerialEventType } from '../../../../../shared/domain/types';
import type { TransactionRow } from '../../../../../shared/workflows/lifecycle-report';
import { call, useClient } from '../../../client/station-context';
import { PagedTable, type Column } from '../../../wizard/PagedTable';
import { Serial } from '../../../words/Serial';

const COLUMNS: Column<TransactionRow>[] = [
  { header: 'When', cell: (r) => new Date(r.at).toLocaleString() },
  { header: 'Type', cell: (r) => r.type },
  { header: 'SKU', cell: (r) => r.sku },
  { header: 'Serial', cell: (r) => <Serial value={r.serial} /> },
  { header: 'Document', cell: (r) => r.document ?? '—' },
  { header: 'What happened', cell: (r) => r.summary },
  { header: 'By', cell: (r) => [r.user, r.station].filter(Boolean).join(' at ') || '—' },
];

interface Query {
  sku?: string;
  serial?: string;
  type?: SerialEventType;
}

/** Serials → Transactions: every ledger event with its serial number, newest first. */
export function TransactionsTab() {
  const client = useClient();
  const ids = { sku: useId(), serial: useId(), type: useId() };
  const [draft, setDraft] = useState({ sku: '', serial: '', type: '' });
  const [query, setQuery] = useState<Query>({});
  const fetchPage = useCallback((offset: number, limit: number) => call(client, 'stock.transactions', { ...query, offset, limit }), [client, query]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setQuery({
      ...(draft.sku.trim() ? { sku: draft.sku.trim() } : {}),
      ...(draft.serial.trim() ? { serial: draft.serial.trim() } : {}),
      ...(draft.type ? { type: draft.type as SerialEventType } : {}),
    });
  };
  return (
    <div>
      <form className="pool-filters" onSubmit={submit}>
        <label htmlFor={ids.sku}>Transactions of SKU</label>
        <input id={ids.sku} value={draft.sku} onChange={(e) => setDraft({ ...draft, sku: e.target.value })} autoComplete="off" />
        <label htmlFor={ids.serial}>Of serial</label>
        <input id={ids.serial} value={draft.serial} onChange={(e) => setDraft({ ...draft, serial: e.target.value })} autoComplete="off" />
        <label htmlFor={ids.type}>Type</label>
        <select id={ids.type} value={draft.type} onChange={(e) => setDraft({ ...draft, type: e.target.value })}>
          <option value="">Any</option>
          {SERIAL_EVENT_TYPES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
        <button type="submit" className="primary">Show</button>
      </form>
      <PagedTable key={JSON.stringify(query)} label="Transactions with serial numbers" columns={COLUMNS} fetchPage={fetchPage} rowKey={(r) => String(r.id)} />
    </div>
  );
}
