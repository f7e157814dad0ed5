import { useCallback, useId, useState } from 'react';
import type { PoSerialRow, ReceivingLine, ReceivingState } from '../../../../shared/workflows/receiving';
import { LaterSerials } from './LaterSerials';
import { Dialog } from '../../app/Dialog';
import { call, RequestFailed, useClient, useRequest } from '../../client/station-context';
import { PagedTable, type Column } from '../../wizard/PagedTable';
import { Serial } from '../../words/Serial';
import { countOf, statusWord } from '../../words/statuses';

type Sort = 'serial' | 'sku' | 'received';

/**
 * All serials of a PO: one simple grid with filter and sort, or grouped by receiving session.
 * Edit and delete follow the receiving rules; a deletion is recorded in the ledger.
 */
export function PoSerials({ poNumber, lines, onClose, onChanged }: { poNumber: string; lines: readonly ReceivingLine[]; onClose(): void; onChanged(s: ReceivingState): void }) {
  const client = useClient();
  const ids = { filter: useId(), sort: useId(), desc: useId(), group: useId() };
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<Sort>('received');
  const [desc, setDesc] = useState(false);
  const [grouped, setGrouped] = useState(false);
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<{ row: PoSerialRow; mode: 'edit' | 'delete' } | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [later, setLater] = useState(false);
  const sessions = useRequest('receiving.sessions', { po_number: poNumber }, [version]);

  const columns: Column<PoSerialRow>[] = [
    { header: 'Serial', cell: (r) => <Serial value={r.serial} /> },
    { header: 'SKU', cell: (r) => r.sku },
    { header: 'Line', cell: (r) => r.line_no, numeric: true },
    { header: 'Received on', cell: (r) => r.received_on ?? '—' },
    { header: 'By', cell: (r) => r.received_by ?? '—' },
    { header: 'Bin', cell: (r) => r.bin ?? '—' },
    { header: 'Status', cell: (r) => statusWord(r.status) },
    {
      header: 'Actions',
      cell: (r) => (
        <span className="row-actions">
          <button type="button" className="small" aria-label={`Edit serial ${r.serial}`} onClick={() => setEditing({ row: r, mode: 'edit' })}>Edit</button>{' '}
          <button type="button" className="small danger" aria-label={`Delete serial ${r.serial}`} onClick={() => setEditing({ row: r, mode: 'delete' })}>Delete</button>
        </span>
      ),
    },
  ];

  const fetcher = useCallback(
    (sessionId?: number) => (offset: number, limit: number) =>
      call(client, 'receiving.serials', { po_number: poNumber, offset, limit, sort, desc, ...(filter ? { filter } : {}), ...(sessionId === undefined ? {} : { session_id: sessionId }) }),
    [client, poNumber, sort, desc, filter],
  );
  const key = `${filter}|${sort}|${desc}|${version}`;

  return (
    <Dialog title={`Serials of ${poNumber}`} onClose={onClose}>
      <div className="form-grid">
        <label htmlFor={ids.filter}>Filter serials</label>
        <input id={ids.filter} value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="serial or SKU" />
        <label htmlFor={ids.sort}>Sort by</label>
        <select id={ids.sort} value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
          <option value="received">Received order</option>
          <option value="serial">Serial</option>
          <option value="sku">SKU</option>
        </select>
        <label htmlFor={ids.desc}>Descending</label>
        <input id={ids.desc} type="checkbox" checked={desc} onChange={(e) => setDesc(e.target.checked)} />
        <label htmlFor={ids.group}>Group by receiving session</label>
        <input id={ids.group} type="checkbox" checked={grouped} onChange={(e) => setGrouped(e.target.checked)} />
      </div>
      {message ? <p role={message.ok ? 'status' : 'alert'}>{message.text}</p> : null}
      {grouped ? (
        (sessions.value?.sessions ?? []).map((s) => (
          <details key={s.id}>
            <summary>
              Session {s.id}: received on {s.received_on} by {s.received_by ?? 'nobody signed in'} · {countOf(s.lines.reduce((n, l) => n + l.qty, 0), 'unit')} · {statusWord(s.status)}
            </summary>
            <PagedTable key={`${key}|${s.id}`} label={`Serials of session ${s.id}`} columns={columns} fetchPage={fetcher(s.id)} rowKey={(r) => r.serial + r.sku} height={280} />
          </details>
        ))
      ) : (
        <PagedTable key={key} label={`Serials of ${poNumber}`} columns={columns} fetchPage={fetcher()} rowKey={(r) => r.serial + r.sku} />
      )}
      <div className="button-row">
        <button type="button" onClick={() => setLater(true)}>Enter serials for received units</button>
        <button type="button" onClick={onClose}>Close</button>
      </div>
      {later ? (
        <LaterSerials
          poNumber={poNumber}
          lines={lines}
          onClose={() => {
            setLater(false);
            setVersion((v) => v + 1);
          }}
          onChanged={onChanged}
        />
      ) : null}
      {editing ? (
        <EditSerial
          poNumber={poNumber}
          row={editing.row}
          mode={editing.mode}
          onDone={(text, ok, state) => {
            setEditing(null);
            setMessage({ ok, text });
            if (state) onChanged(state);
            setVersion((v) => v + 1);
          }}
        />
      ) : null}
    </Dialog>
  );
}

function EditSerial({ poNumber, row, mode, onDone }: { poNumber: string; row: PoSerialRow; mode: 'edit' | 'delete'; onDone(text: string, ok: boolean, state?: ReceivingState): void }) {
  const client = useClient();
  const id = useId();
  const [value, setValue] = useState(mode === 'edit' ? row.serial : '');
  // A refusal about the field stays beside the field (the dialog stays open to fix it).
  const [fieldError, setFieldError] = useState<string | null>(null);
  const submit = async () => {
    if (value.trim() === '') return setFieldError(mode === 'delete' ? 'Give a reason for deleting the serial.' : 'Type or scan the new serial.');
    try {
      if (mode === 'delete') {
        const state = await call(client, 'receiving.deleteSerial', { po_number: poNumber, serial: row.serial, reason: value });
        onDone(`Serial ${row.serial} deleted (recorded in the ledger).`, true, state);
      } else {
        const r = await call(client, 'receiving.editSerial', { po_number: poNumber, serial: row.serial, new_value: value });
        onDone(r.message, r.verdict === 'accepted', r.state);
      }
    } catch (err) {
      const field = err instanceof RequestFailed ? (err.fieldErrors.reason ?? err.fieldErrors.new_value) : undefined;
      if (field) setFieldError(field);
      else onDone(err instanceof RequestFailed ? err.message : String(err), false);
    }
  };
  return (
    <Dialog title={mode === 'edit' ? `Edit serial ${row.serial}` : `Delete serial ${row.serial}?`} onClose={() => onDone('Nothing changed.', true)}>
      <form className="form-grid" noValidate onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <label htmlFor={id}>{mode === 'edit' ? 'New serial' : 'Reason for deleting'}</label>
        {/* Selected on focus: a serial scanned or typed replaces the old one. */}
        <input
          id={id}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setFieldError(null);
          }}
          onFocus={(e) => e.currentTarget.select()}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? `${id}-error` : undefined}
        />
        {fieldError ? <p role="alert" className="form-error" id={`${id}-error`}>{fieldError}</p> : null}
        <div className="button-row">
          <button type="submit" className={mode === 'delete' ? 'danger' : 'primary'}>{mode === 'edit' ? 'Save serial' : 'Delete serial'}</button>
          <button type="button" onClick={() => onDone('Nothing changed.', true)}>Cancel</button>
        </div>
      </form>
    </Dialog>
  );
}
