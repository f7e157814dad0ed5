import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useT } from '../i18n/i18n-context';
import { insertText } from './insert-text';
import { useScanRouter } from './scan-router';

export interface ScanFieldProps {
  /**
   * While true (a wizard waits for a scan) the field keeps focus: it takes it back whenever focus
   * would fall to nothing (a click on the page, a verdict, a closed dialog). A control the user
   * deliberately moves to with Tab keeps it, so every button stays reachable from the keyboard.
   */
  active: boolean;
  /** The prompt under the label, e.g. "Scan the PO number". */
  prompt: string;
  disabled?: boolean;
}

/** Longest input the field takes; longer scans still reach the station, which rejects them loudly. */
export const MAX_SCAN_CHARS = 20_000;
const GS = '\u001d';

/**
 * The text in the Scan field not yet submitted. A Scan field that replaces another (the wizard
 * moved on while the next scan was already arriving) starts with it, so no keystroke is lost.
 */
let unsubmitted = '';
let unsubmittedAt = 0;
let clearField: (() => void) | null = null;

/**
 * The start of a scan that reached the Scan field as typing (its first keys came in a slow moment,
 * or just before the screen changed): a scan arriving within `withinMs` of the field's last input
 * continues that text, so the field is emptied and the text returned to be put in front of it.
 */
export function takeUnsubmitted(withinMs: number): string {
  if (unsubmitted === '' || performance.now() - unsubmittedAt > withinMs) return '';
  const text = unsubmitted;
  unsubmitted = '';
  clearField?.();
  return text;
}

/** Typed text that reached no field (keys held while the screen changed) goes to the Scan field, now or when it appears. */
export function carryIntoScanField(text: string): void {
  const field = document.querySelector<HTMLInputElement>('[data-scan-field]');
  if (field && !field.disabled) {
    field.focus();
    insertText(field, text);
  } else {
    unsubmitted += text;
    unsubmittedAt = performance.now();
  }
}

/**
 * The scan field contract: a textbox named "Scan" that holds focus while a scan is awaited. A
 * keyboard-wedge scanner is a keyboard, so scans arrive here as typed characters + Enter; Ctrl+]
 * (how wedge scanners type FNC1) becomes the GS character. Submitted text goes to the scan router.
 */
export function ScanField({ active, prompt, disabled }: ScanFieldProps) {
  const t = useT();
  const id = useId();
  const router = useScanRouter();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValueState] = useState(() => unsubmitted);
  const setValue = (next: string) => {
    unsubmitted = next;
    unsubmittedAt = performance.now();
    setValueState(next);
  };
  useEffect(() => {
    const clear = () => setValueState('');
    clearField = clear;
    return () => {
      if (clearField === clear) clearField = null;
    };
  }, []);

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
    // The DOM value: text released into the field a moment ago may not be in React state yet.
    const code = input.current?.value ?? value;
    // Emptied now, not at the next render: under load the next scan's keys may arrive first and
    // would be appended to this one.
    if (input.current) input.current.value = '';
    setValue('');
    if (code.length > 0) router.submit({ code, source: 'typed' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.ctrlKey && (e.key === ']' || e.key === '}')) {
      e.preventDefault();
      const el = e.currentTarget;
      const at = el.selectionStart ?? value.length;
      setValue(value.slice(0, at) + GS + value.slice(el.selectionEnd ?? at));
    } else if (e.key === 'Tab' && !e.shiftKey && value.length > 0) {
      // Scanners configured with a Tab suffix end a scan with Tab.
      e.preventDefault();
      e.currentTarget.form?.requestSubmit();
    }
  };

  return (
    <form className="scan-form" onSubmit={submit} autoComplete="off">
      <label htmlFor={id} className="scan-label">
        {t('ui-common.scan.label')}
      </label>
      <p className="scan-prompt" id={`${id}-prompt`}>
        {prompt}
      </p>
      <input
        id={id}
        ref={input}
        data-scan-field=""
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
        onKeyDown={onKeyDown}
      />
    </form>
  );
}
