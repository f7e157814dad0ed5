import { useEffect, useMemo } from 'react';
import { wedgeOptionsFromValues } from '../../../shared/devices/scanner/options';
import { WedgeDetector } from '../../../shared/devices/scanner/wedge';
import { useOptions } from '../app/options-context';
import { isTextEntry, isWedgeOff } from './field-target';
import { insertText } from './insert-text';
import { carryIntoScanField, takeUnsubmitted } from './ScanField';
import { useScanRouter } from './scan-router';

/** Text typed into the Scan field this shortly before a detected scan is the start of that scan. */
const SAME_SCAN_MS = 1500;

/**
 * Keys a person typed, held while the detector waited: back into the focused field; Space on a
 * button presses it; anything else goes to the Scan field (now, or the next one to appear).
 */
function releaseTyping(events: KeyboardEvent[]): void {
  const target = document.activeElement;
  const text = events.map((e) => (e.key.length === 1 && !e.ctrlKey ? e.key : '')).join('');
  if (isTextEntry(target)) insertText(target, text);
  else if (target instanceof HTMLElement && target !== document.body && text.trim() === '') {
    for (const e of events) if (e.key === ' ') target.click();
  } else if (text !== '') carryIntoScanField(text);
}

/**
 * Keyboard-wedge scans, wherever focus is: a fast burst ending in Enter/Tab is one scan, handed to
 * the scan router (which types it into the focused field, or gives it to the screen, or refuses
 * it). Keys a person typed are released into the focused field unchanged (after the short wait
 * that tells a person from a scanner). PIN fields are left alone: a fast typist's PIN stays a PIN,
 * and a badge scanned into one fills it and submits as typed keys do.
 */
export function WedgeListener() {
  const router = useScanRouter();
  const { values } = useOptions();
  const kind = values['devices.scanner.kind'];
  // Only a change of the wedge options themselves makes a new detector (any option change pushes
  // new values, and a detector rebuilt mid-burst would lose the keys it holds).
  const optsKey = JSON.stringify(wedgeOptionsFromValues(values));
  const opts = useMemo(() => JSON.parse(optsKey) as ReturnType<typeof wedgeOptionsFromValues>, [optsKey]);

  useEffect(() => {
    // A keyboard-mode HID scanner read by the station also types through the OS: ignore those keys.
    if (kind === 'hid-keyboard') return;
    const detector = new WedgeDetector<KeyboardEvent>(opts);
    let timer: ReturnType<typeof setTimeout> | undefined;

    const apply = (outputs: ReturnType<WedgeDetector<KeyboardEvent>['flush']>) => {
      for (const out of outputs) {
        if (out.kind === 'scan') {
          const start = takeUnsubmitted(SAME_SCAN_MS);
          router.scan({ code: start + (out.scan.symbology ?? '') + out.scan.data, source: 'wedge' });
        }
        else releaseTyping(out.events);
      }
    };
    const schedule = () => {
      clearTimeout(timer);
      const deadline = detector.nextDeadline();
      if (deadline !== null) timer = setTimeout(() => apply(detector.flush(performance.now())), Math.max(0, deadline - performance.now()));
    };
    const onKeyDown = (e: KeyboardEvent) => {
      // Our own synthetic keys (a scan's Enter action) and keys in a PIN field are not scanner input.
      if (!e.isTrusted || (isWedgeOff(e.target as Element | null) && !detector.holding)) return;
      // With nothing focused and a Scan field on screen, the field takes focus first: what a
      // person types lands there. Every key goes through the detector, the Scan field's too, so
      // a scanner burst is one scan even when the screen changes in the middle of it.
      const target = e.target as Element | null;
      if (target === null || target === document.body) document.querySelector<HTMLInputElement>('[data-scan-field]:not(:disabled)')?.focus();
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
      // Keys still held go out as typing rather than vanish.
      apply(detector.flush(Number.POSITIVE_INFINITY));
    };
  }, [router, opts, kind]);

  return null;
}
