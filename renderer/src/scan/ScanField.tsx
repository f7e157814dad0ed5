import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

export interface ScanFieldProps {
  /** Called with the raw scan (typed, wedge or pasted) when Enter is pressed. */
  onScan(code: string): void;
  /**
   * While true (a wizard waits for a scan) the field keeps focus: it takes it back whenever focus
   * would fall to nothing (a click on the page, a verdict, a closed dialog). A control the user
   * deliberately moves to with Tab keeps it, so every button stays reachable from the keyboard.
   */
  active: boolean;
  /** The prompt above the field, e.g. "Scan the PO number". */
  prompt: string;
  disabled?: boolean;
}

/** Longest scan the field accepts; longer input is still submitted so the station can reject it loudly. */
export const MAX_SCAN_CHARS = 20_000;

/**
 * The scan field contract: a textbox named "Scan" that holds focus while a scan is awaited.
 * A keyboard-wedge scanner is a keyboard, so scans arrive here as typed characters + Enter.
 */
export function ScanField({ onScan, active, prompt, disabled }: ScanFieldProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');

  useEffect(() => {
    if (!active || disabled) return;
    const el = input.current;
    el?.focus();
    const refocus = () => {
      setTimeout(() => {
        const focused = document.activeElement;
        if (focused === null || focused === document.body) el?.focus();
      }, 0);
    };
    el?.addEventListener('blur', refocus);
    window.addEventListener('focus', refocus);
    return () => {
      el?.removeEventListener('blur', refocus);
      window.removeEventListener('focus', refocus);
    };
  }, [active, disabled]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const code = value;
    setValue('');
    if (code.length > 0) onScan(code);
  };

  return (
    <form className="scan-form" onSubmit={submit} autoComplete="off">
      <label htmlFor={id} className="scan-label">
        Scan
      </label>
      <p className="scan-prompt" id={`${id}-prompt`}>
        {prompt}
      </p>
      <input
        id={id}
        ref={input}
        className="scan-input"
        type="text"
        value={value}
        maxLength={MAX_SCAN_CHARS}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        aria-describedby={`${id}-prompt`}
        disabled={disabled}
        onChange={(e) => setValue(e.target.value)}
      />
    </form>
  );
}
