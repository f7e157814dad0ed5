import { useEffect } from 'react';
import type { StationClient } from '../../../shared/api/client';

/** A field whose text is a secret (a PIN): any password input. */
export function isSecretField(el: Element | null): el is HTMLInputElement {
  return el instanceof HTMLInputElement && el.type === 'password' && !el.disabled && !el.readOnly;
}

/** The capture is asked again this often while the field keeps focus (the station lets it lapse after 30 s). */
const RENEW_MS = 10_000;
/** How often focus is checked besides focus events (a focused field removed from the page fires none). */
const CHECK_MS = 1_000;

/**
 * While a PIN (password) field has focus, asks the station to capture scans from the scanners it
 * reads for this UI alone (`devices.captureForField`): they then arrive as `field.input`, never
 * as `scan` (which every UI gets), a raw frame, a log line or a record. Ends on blur, submit and
 * unmount; renews while focus stays.
 */
export function useSecretFieldCapture(client: StationClient): void {
  useEffect(() => {
    let held = false;
    let askedAt = 0;
    const ask = (active: boolean) => {
      held = active;
      askedAt = Date.now();
      void client.request('devices.captureForField', { active });
    };
    const check = () => {
      const wanted = isSecretField(document.activeElement);
      if (wanted && (!held || Date.now() - askedAt >= RENEW_MS)) ask(true);
      else if (!wanted && held) ask(false);
    };
    const soon = () => void setTimeout(check, 0);
    document.addEventListener('focusin', check);
    document.addEventListener('focusout', soon);
    document.addEventListener('submit', soon, true);
    const timer = setInterval(check, CHECK_MS);
    return () => {
      document.removeEventListener('focusin', check);
      document.removeEventListener('focusout', soon);
      document.removeEventListener('submit', soon, true);
      clearInterval(timer);
      if (held) ask(false);
    };
  }, [client]);
}
