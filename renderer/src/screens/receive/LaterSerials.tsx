import { useId, useState, type FormEvent } from 'react';
import type { ReceivingLine, ReceivingState } from '../../../../shared/workflows/receiving';
import { Dialog } from '../../app/Dialog';
import { call, RequestFailed, useClient } from '../../client/station-context';
import { sentence, useT } from '../../i18n/i18n-context';

/** Lines with units received without a serial (ship tracking, or serials not required at the time). */
export function linesWithoutSerials(lines: readonly ReceivingLine[]): { sku: string; units: number }[] {
  return lines.filter((l) => l.tracking !== 'none' && l.received > l.serials).map((l) => ({ sku: l.sku, units: l.received - l.serials }));
}

/**
 * "Enter serials for received units": pick the product, then scan (or type) one serial per unit;
 * each goes through every receiving serial check, and the field is ready for the next one.
 */
export function LaterSerials({ poNumber, lines, onClose, onChanged }: { poNumber: string; lines: readonly ReceivingLine[]; onClose(): void; onChanged(state: ReceivingState): void }) {
  const t = useT();
  const client = useClient();
  const ids = { sku: useId(), serial: useId() };
  const [left, setLeft] = useState(() => linesWithoutSerials(lines));
  const [sku, setSku] = useState(left[0]?.sku ?? '');
  const [value, setValue] = useState('');
  const [answer, setAnswer] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (value.trim() === '' || sku === '') return;
    try {
      const r = await call(client, 'receiving.addSerial', { po_number: poNumber, sku, code: value });
      setAnswer({ ok: r.verdict === 'accepted', text: sentence(t, r) });
      if (r.verdict === 'accepted') {
        setValue('');
        onChanged(r.state);
        const rest = r.without_serial.map((w) => ({ sku: w.sku, units: w.units }));
        setLeft(rest);
        if (!rest.some((w) => w.sku === sku)) setSku(rest[0]?.sku ?? '');
      }
    } catch (err) {
      setAnswer({ ok: false, text: err instanceof RequestFailed ? err.message : String(err) });
    }
  };

  return (
    <Dialog title={t('ui-receive.laterSerials.title', { po: poNumber })} onClose={onClose}>
      {left.length === 0 ? (
        <p role="status">{t('ui-receive.laterSerials.allDone', { po: poNumber })}</p>
      ) : (
        <form className="form-grid" onSubmit={(e) => void submit(e)}>
          <label htmlFor={ids.sku}>{t('ui-receive.laterSerials.product')}</label>
          <select id={ids.sku} value={sku} onChange={(e) => setSku(e.target.value)}>
            {left.map((l) => (
              <option key={l.sku} value={l.sku}>
                {t('ui-receive.laterSerials.option', { sku: l.sku, units: l.units })}
              </option>
            ))}
          </select>
          <label htmlFor={ids.serial}>{t('ui-receive.laterSerials.serial')}</label>
          <input id={ids.serial} value={value} onChange={(e) => setValue(e.target.value)} autoComplete="off" spellCheck={false} />
          <div className="button-row">
            <button type="submit" className="primary">
              {t('ui-receive.laterSerials.add')}
            </button>
          </div>
        </form>
      )}
      {answer ? <p role={answer.ok ? 'status' : 'alert'}>{answer.text}</p> : null}
      <div className="button-row">
        <button type="button" onClick={onClose}>
          {t('ui-receive.laterSerials.done')}
        </button>
      </div>
    </Dialog>
  );
}
