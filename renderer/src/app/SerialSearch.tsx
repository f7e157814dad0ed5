import { useId, useState, type FormEvent } from 'react';
import { SerialTimeline } from '../screens/serials/history/SerialTimeline';
import { Dialog } from './Dialog';

/** The serial search on every screen: a serial's history in a dialog, without leaving the current work. */
export function SerialSearch() {
  const id = useId();
  const [value, setValue] = useState('');
  const [serial, setSerial] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (value.trim()) setSerial(value.trim());
  };
  return (
    <form className="serial-search" role="search" aria-label="Serial history" onSubmit={submit}>
      <label htmlFor={id}>Find serial</label>
      <input id={id} value={value} onChange={(e) => setValue(e.target.value)} autoComplete="off" spellCheck={false} size={14} />
      <button type="submit">History</button>
      {serial ? (
        <Dialog title={`History of serial ${serial}`} onClose={() => setSerial(null)}>
          <SerialTimeline serial={serial} />
          <div className="button-row">
            <button type="button" onClick={() => setSerial(null)}>Close</button>
          </div>
        </Dialog>
      ) : null}
    </form>
  );
}
