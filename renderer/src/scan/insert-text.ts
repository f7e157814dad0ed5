/**
 * Puts text typed by a person back into the focused field after the wedge detector held it
 * (it was only waiting to see whether the keys were a scanner burst). Goes through the native
 * value setter and an `input` event so React sees the change.
 */
export function insertText(target: Element | null, text: string): void {
  if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) || target.readOnly || target.disabled) return;
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
