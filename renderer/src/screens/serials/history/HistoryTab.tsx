import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../../i18n/i18n-context';
import { SerialTimeline } from './SerialTimeline';

/** Serials → History: a serial's movements from receipt to sale, return and after. */
export function HistoryTab() {
  const t = useT();
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
        <label htmlFor={id}>{t('ui-serials.history.serial')}</label>
        <input id={id} value={value} onChange={(e) => setValue(e.target.value)} autoComplete="off" spellCheck={false} />
        <button type="submit" className="primary">{t('ui-serials.history.show')}</button>
      </form>
      {serial ? <SerialTimeline serial={serial} /> : <p>{t('ui-serials.history.empty')}</p>}
    </div>
  );
}
