import { useId, useState, type FormEvent } from 'react';
import { SerialTimeline } from './SerialTimeline';

/** Serials → History: a serial's movements from receipt to sale, return and after. */
export function HistoryTab() {
  const id = useId();
  const [value, setValue] = useState('');
  const [serial, setSerial] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (value.trim()) setSerial(value.trim());
  };
  return (
    <div>
      <form className="pool-filters" onSubmit={submit}>
        <label htmlFor={id}>Serial number</label>
        <input id={id} value={value} onChange={(e) => setValue(e.target.value)} autoComplete="off" spellCheck={false} />
        <button type="submit" className="primary">Show history</button>
      </form>
      {serial ? <SerialTimeline serial={serial} /> : <p>Type or scan a serial number to see where it came from and where it went.</p>}
    </div>
  );
}
