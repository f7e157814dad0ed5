import { useCallback, useId, useState } from 'react';
import type { PoSerialRow, ReceivingLine, ReceivingState } from '../../../../shared/workflows/receiving';
import { LaterSerials } from './LaterSerials';
import { Dialog } from '../../app/Dialog';
import { call, RequestFailed, useClient, useRequest } from '../../client/station-context';
import { PagedTable, type Column } from '../../wizard/PagedTable';
import { Serial } from '../../words/Serial';
import { statusWord } from '../../words/statuses';
import { sentence, useI18n, useT } from '../../i18n/i18n-context';

type Sort = 'serial' | 'sku' | 'received';

/** A receiving day (`2026-03-14`) as a date of that day where the station is, not UTC midnight. */
const dayOf = (day: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day}T00:00:00` : day);

/**
 * All serials of a PO: one simple grid with filter and sort, or grouped by receiving session.
 * Edit and delete follow the receiving rules; a deletion is recorded in the ledger.
 */
export function PoSerials({ poNumber, lines, onClose, onChanged }: { poNumber: string; lines: readonly ReceivingLine[]; onClose(): void; onChanged(s: ReceivingState): void }) {
  const { t, date } = useI18n();
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
    { header: t('ui-receive.column.serial'), cell: (r) => <Serial value={r.serial} /> },
    { header: t('ui-receive.column.sku'), cell: (r) => r.sku },
    { header: t('ui-receive.column.line'), cell: (r) => r.line_no, numeric: true },
    { header: t('ui-receive.column.receivedOn'), cell: (r) => (r.received_on ? date(dayOf(r.received_on)) : '—') },
    { header: t('ui-receive.column.by'), cell: (r) => r.received_by ?? '—' },
    { header: t('ui-receive.column.bin'), cell: (r) => r.bin ?? '—' },
    { header: t('ui-receive.column.status'), cell: (r) => statusWord(r.status, t) },
    {
      header: t('ui-receive.column.actions'),
      cell: (r) => (
        <span className="row-actions">
          <button type="button" className="small" aria-label={t('ui-receive.serials.editSerial', { serial: r.serial })} onClick={() => setEditing({ row: r, mode: 'edit' })}>{t('ui-receive.serials.edit')}</button>{' '}
          <button type="button" className="small danger" aria-label={t('ui-receive.serials.deleteSerial', { serial: r.serial })} onClick={() => setEditing({ row: r, mode: 'delete' })}>{t('ui-receive.serials.delete')}</button>
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
    <Dialog title={t('ui-receive.serials.title', { po: poNumber })} onClose={onClose}>
      <div className="form-grid">
        <label htmlFor={ids.filter}>{t('ui-receive.serials.filter')}</label>
        <input id={ids.filter} value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t('ui-receive.serials.filterPlaceholder')} />
        <label htmlFor={ids.sort}>{t('ui-receive.serials.sortBy')}</label>
        <select id={ids.sort} value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
          <option value="received">{t('ui-receive.serials.sortReceived')}</option>
          <option value="serial">{t('ui-receive.serials.sortSerial')}</option>
          <option value="sku">{t('ui-receive.serials.sortSku')}</option>
        </select>
        <label htmlFor={ids.desc}>{t('ui-receive.serials.descending')}</label>
        <input id={ids.desc} type="checkbox" checked={desc} onChange={(e) => setDesc(e.target.checked)} />
        <label htmlFor={ids.group}>{t('ui-receive.serials.group')}</label>
        <input id={ids.group} type="checkbox" checked={grouped} onChange={(e) => setGrouped(e.target.checked)} />
      </div>
      {message ? <p role={message.ok ? 'status' : 'alert'}>{message.text}</p> : null}
      {grouped ? (
        (sessions.value?.sessions ?? []).map((s) => (
          <details key={s.id}>
            <summary>
              {t('ui-receive.serials.session', {
                id: String(s.id),
                date: date(dayOf(s.received_on)),
                by: s.received_by ?? t('ui-receive.serials.nobody'),
                units: s.lines.reduce((n, l) => n + l.qty, 0),
                status: statusWord(s.status, t),
              })}
            </summary>
            <PagedTable key={`${key}|${s.id}`} label={t('ui-receive.serials.sessionTable', { id: String(s.id) })} columns={columns} fetchPage={fetcher(s.id)} rowKey={(r) => r.serial + r.sku} height={280} />
          </details>
        ))
      ) : (
        <PagedTable key={key} label={t('ui-receive.serials.title', { po: poNumber })} columns={columns} fetchPage={fetcher()} rowKey={(r) => r.serial + r.sku} />
      )}
      <div className="button-row">
        <button type="button" onClick={() => setLater(true)}>{t('ui-receive.serials.enterLater')}</button>
        <button type="button" onClick={onClose}>{t('ui-receive.serials.close')}</button>
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
  const t = useT();
  const client = useClient();
  const id = useId();
  const [value, setValue] = useState(mode === 'edit' ? row.serial : '');
  // A refusal about the field stays beside the field (the dialog stays open to fix it).
  const [fieldError, setFieldError] = useState<string | null>(null);
  const submit = async () => {
    if (value.trim() === '') return setFieldError(t(mode === 'delete' ? 'ui-receive.editSerial.reasonNeeded' : 'ui-receive.editSerial.newNeeded'));
    try {
      if (mode === 'delete') {
        const state = await call(client, 'receiving.deleteSerial', { po_number: poNumber, serial: row.serial, reason: value });
        onDone(t('ui-receive.editSerial.deleted', { serial: row.serial }), true, state);
      } else {
        const r = await call(client, 'receiving.editSerial', { po_number: poNumber, serial: row.serial, new_value: value });
        onDone(sentence(t, r), r.verdict === 'accepted', r.state);
      }
    } catch (err) {
      const field = err instanceof RequestFailed ? (err.fieldErrors.reason ?? err.fieldErrors.new_value) : undefined;
      if (field) setFieldError(field);
      else onDone(err instanceof RequestFailed ? err.message : String(err), false);
    }
  };
  return (
    <Dialog
      title={t(mode === 'edit' ? 'ui-receive.serials.editSerial' : 'ui-receive.editSerial.deleteTitle', { serial: row.serial })}
      onClose={() => onDone(t('ui-receive.editSerial.nothingChanged'), true)}
    >
      <form className="form-grid" noValidate onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <label htmlFor={id}>{t(mode === 'edit' ? 'ui-receive.editSerial.newSerial' : 'ui-receive.editSerial.reason')}</label>
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
          <button type="submit" className={mode === 'delete' ? 'danger' : 'primary'}>{t(mode === 'edit' ? 'ui-receive.editSerial.save' : 'ui-receive.editSerial.delete')}</button>
          <button type="button" onClick={() => onDone(t('ui-receive.editSerial.nothingChanged'), true)}>{t('ui-receive.editSerial.cancel')}</button>
        </div>
      </form>
    </Dialog>
  );
}
