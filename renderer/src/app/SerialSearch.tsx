import { useId, useState, type FormEvent } from 'react';
import { useT } from '../i18n/i18n-context';
import { SerialTimeline } from '../screens/serials/history/SerialTimeline';
import { Dialog } from './Dialog';

/** The serial search on every screen: a serial's history in a dialog, without leaving the current work. */
export function SerialSearch() {
  const t = useT();
  const id = useId();
  const [value, setValue] = useState('');
  const [serial, setSerial] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (value.trim()) setSerial(value.trim());
  };
  return (
    <form className="serial-search" role="search" aria-label={t('ui-common.serialSearch.label')} onSubmit={submit}>
      <label htmlFor={id}>{t('ui-common.serialSearch.field')}</label>
      <input id={id} value={value} onChange={(e) => setValue(e.target.value)} autoComplete="off" spellCheck={false} size={14} />
      <button type="submit">{t('ui-common.serialSearch.submit')}</button>
      {serial ? (
        <Dialog title={t('ui-common.serialSearch.dialogTitle', { serial })} onClose={() => setSerial(null)}>
          <SerialTimeline serial={serial} />
          <div className="button-row">
            <button type="button" onClick={() => setSerial(null)}>{t('ui-common.action.close')}</button>
          </div>
        </Dialog>
      ) : null}
    </form>
  );
}
