import { useId } from 'react';
import { useT } from '../i18n/i18n-context';

/**
 * A PIN field: a password input named "PIN" with the numeric keypad. Wedge detection is off
 * inside it (see field-target.ts): keys arrive as typed, so a fast typist's PIN stays in the field,
 * and a PIN badge scanned into it fills it and submits its form like typed digits and Enter. The
 * value is never shown, logged or routed as a scan.
 */
export function PinField({ value, onChange, hint }: { value: string; onChange(pin: string): void; hint?: string }) {
  const t = useT();
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{t('ui-common.pin.label')}</label>
      <input
        id={id}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        data-wedge="off"
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint ? <p className="option-help" id={`${id}-hint`}>{hint}</p> : null}
    </>
  );
}
