import { useCallback, useId, useMemo, useState, type FormEvent } from 'react';
import { SERIAL_EVENT_TYPES, type SerialEventType } from '../../../../../shared/domain/types';
import type { TransactionRow } from '../../../../../shared/workflows/lifecycle-report';
import { call, useClient } from '../../../client/station-context';
import { useI18n } from '../../../i18n/i18n-context';
import { PagedTable, type Column } from '../../../wizard/PagedTable';
import { Serial } from '../../../words/Serial';
import { who } from '../words';

interface Query {
  sku?: string;
  serial?: string;
  type?: SerialEventType;
}

/** Serials → Transactions: every ledger event with its serial number, newest first. */
export function TransactionsTab() {
  const i18n = useI18n();
  const { t } = i18n;
  const client = useClient();
  const ids = { sku: useId(), serial: useId(), type: useId() };
  const [draft, setDraft] = useState({ sku: '', serial: '', type: '' });
  const [query, setQuery] = useState<Query>({});
  const columns = useMemo<Column<TransactionRow>[]>(
    () => [
      { header: i18n.t('ui-serials.col.when'), cell: (r) => i18n.dateTime(r.at) },
      { header: i18n.t('ui-serials.col.type'), cell: (r) => i18n.t('ui-serials.eventType', { type: r.type }) },
      { header: i18n.t('ui-serials.col.sku'), cell: (r) => r.sku },
      { header: i18n.t('ui-serials.col.serial'), cell: (r) => <Serial value={r.serial} /> },
      { header: i18n.t('ui-serials.col.document'), cell: (r) => r.document ?? '—' },
      { header: i18n.t('ui-serials.col.whatHappened'), cell: (r) => i18n.t(r.summary_message.key, r.summary_message.params) },
      { header: i18n.t('ui-serials.col.by'), cell: (r) => who(i18n.t, r.user, r.station) ?? '—' },
    ],
    [i18n],
  );
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
        <label htmlFor={ids.sku}>{t('ui-serials.transactions.sku')}</label>
        <input id={ids.sku} value={draft.sku} onChange={(e) => setDraft({ ...draft, sku: e.target.value })} autoComplete="off" />
        <label htmlFor={ids.serial}>{t('ui-serials.transactions.serial')}</label>
        <input id={ids.serial} value={draft.serial} onChange={(e) => setDraft({ ...draft, serial: e.target.value })} autoComplete="off" />
        <label htmlFor={ids.type}>{t('ui-serials.col.type')}</label>
        <select id={ids.type} value={draft.type} onChange={(e) => setDraft({ ...draft, type: e.target.value })}>
          <option value="">{t('ui-serials.transactions.anyType')}</option>
          {SERIAL_EVENT_TYPES.map((type) => (
            <option key={type} value={type}>
              {t('ui-serials.eventType', { type })}
            </option>
          ))}
        </select>
        <button type="submit" className="primary">{t('ui-serials.transactions.show')}</button>
      </form>
      <PagedTable key={JSON.stringify(query)} label={t('ui-serials.transactions.table')} columns={columns} fetchPage={fetchPage} rowKey={(r) => String(r.id)} />
    </div>
  );
}
