/**
 * Types text into a field as a person would: it replaces the selection (a number field selects
 * its value on focus, so typing replaces it) and fires `input` so React sees the change. Used for
 * keys the wedge detector held while it waited to tell a person from a scanner, and for scans
 * aimed at a field.
 */
export function insertText(target: Element | null, text: string): void {
  if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) || target.readOnly || target.disabled) return;
  // The editing command works on the focused field and knows its selection, number fields too
  // (which have no selection API).
  if (document.activeElement === target && typeof document.execCommand === 'function') {
    const before = target.value;
    if (document.execCommand('insertText', false, text) && (target.value !== before || text === '')) return;
  }
  const proto = target instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setValue = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (!setValue) return;
  let start: number | null = null;
  let end: number | null = null;
  try {
    start = target.selectionStart;
    end = target.selectionEnd;
  } catch {
    // number inputs have no selection API: append
  }
  const value = target.value;
  const from = start ?? value.length;
  const to = end ?? from;
  setValue.call(target, value.slice(0, from) + text + value.slice(to));
  try {
    target.setSelectionRange(from + text.length, from + text.length);
  } catch {
    // see above
  }
  target.dispatchEvent(new Event('input', { bubbles: true }));
}
