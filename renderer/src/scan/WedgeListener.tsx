import { useEffect, useMemo } from 'react';
import { wedgeOptionsFromValues } from '../../../shared/devices/scanner/options';
import { WedgeDetector } from '../../../shared/devices/scanner/wedge';
import { useOptions } from '../app/options-context';
import { insertText } from './insert-text';
import { useScanRouter } from './scan-router';

const isTextEntry = (el: Element | null) =>
  (el instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(el.type)) || el instanceof HTMLTextAreaElement;

/** Keys a person typed, held while the detector waited: back into the field, or Space re-pressed on a button. */
function releaseTyping(events: KeyboardEvent[]): void {
  const target = document.activeElement;
  if (isTextEntry(target)) {
    insertText(target, events.map((e) => (e.key.length === 1 && !e.ctrlKey ? e.key : '')).join(''));
  } else if (target instanceof HTMLElement) {
    for (const e of events) if (e.key === ' ') target.click();
  }
}

/**
 * Keyboard-wedge scans typed while focus is anywhere but the Scan field (a button, the quantity
 * box, a settings field): a fast burst ending in Enter/Tab is taken out of that field and routed
 * as a scan. Keys a person typed are released into the field unchanged. The Scan field itself
 * receives scans as ordinary typing.
 */
export function WedgeListener() {
  const router = useScanRouter();
  const { values } = useOptions();
  const kind = values['devices.scanner.kind'];
  const opts = useMemo(() => wedgeOptionsFromValues(values), [values]);

  useEffect(() => {
    // A keyboard-mode HID scanner read by the station also types through the OS: ignore those keys.
    if (kind === 'hid-keyboard') return;
    const detector = new WedgeDetector<KeyboardEvent>(opts);
    let timer: ReturnType<typeof setTimeout> | undefined;

    const apply = (outputs: ReturnType<WedgeDetector<KeyboardEvent>['flush']>) => {
      for (const out of outputs) {
        if (out.kind === 'scan') router.submit({ code: (out.scan.symbology ?? '') + out.scan.data, source: 'wedge' });
        else releaseTyping(out.events);
      }
    };
    const schedule = () => {
      clearTimeout(timer);
      const deadline = detector.nextDeadline();
      if (deadline !== null) timer = setTimeout(() => apply(detector.flush(performance.now())), Math.max(0, deadline - performance.now()));
    };
    const onKeyDown = (e: KeyboardEvent) => {
      const target = e.target as Element | null;
      // Once a burst is held, its later keys are held too, even if focus moved meanwhile: keys are
      // never reordered. Otherwise the Scan field types its own keys, and claims keys typed while
      // nothing has focus (ScanField moves focus there first).
      if (!detector.holding) {
        if (target?.closest?.('[data-scan-field]')) return;
        if ((target === document.body || target === null) && document.querySelector('[data-scan-field]:not(:disabled)')) return;
      }
      if (e.repeat) return;
      const step = detector.push(e);
      if (step.held) {
        // Held keys belong to a possible scan: neither the field's default action nor its handlers see them.
        e.preventDefault();
        e.stopPropagation();
      }
      apply(step.outputs);
      schedule();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('keydown', onKeyDown, true);
    };
  }, [router, opts, kind]);

  return null;
}
