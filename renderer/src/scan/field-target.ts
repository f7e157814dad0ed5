import { insertText } from './insert-text';

type Field = HTMLInputElement | HTMLTextAreaElement;

const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'image', 'range', 'color', 'hidden']);

/** A field a person types into (not a checkbox, button, select…), enabled and writable. */
export function isTextEntry(el: Element | null): el is Field {
  const field = (el instanceof HTMLInputElement && !NOT_TEXT.has(el.type)) || el instanceof HTMLTextAreaElement;
  return field && !(el as Field).disabled && !(el as Field).readOnly;
}

/** PIN fields (and any field marked `data-wedge="off"`) see keys as typed: no wedge detection. */
export function isWedgeOff(el: Element | null): boolean {
  return (el instanceof HTMLInputElement && el.type === 'password') || (el instanceof HTMLElement && el.closest('[data-wedge="off"]') !== null);
}

/**
 * The focused editable field that takes scans, or null. The Scan field hands scans to the screen;
 * a field marked `data-takes-scans="no"` (the simulated-scan input, which makes scans) does too.
 */
export function focusedField(): Field | null {
  const el = document.activeElement;
  return isTextEntry(el) && !el.hasAttribute('data-scan-field') && el.getAttribute('data-takes-scans') !== 'no' ? el : null;
}

/**
 * A scan aimed at a field: typed into it at the caret, then its Enter action — the field's own
 * Enter handling, else submitting its form (as pressing Enter in a field does). A number field
 * takes only a number: anything else is refused (false), never half-typed.
 */
export function fillField(field: Field, text: string): boolean {
  if (field instanceof HTMLInputElement && field.type === 'number' && !/^[+-]?\d+([.,]\d+)?$/.test(text.trim())) return false;
  if (field instanceof HTMLTextAreaElement) {
    insertText(field, `${text}\n`);
    return true;
  }
  insertText(field, text);
  // Our own synthetic Enter: untrusted, so the wedge detector ignores it.
  const enter = new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true });
  const proceed = field.dispatchEvent(enter);
  if (proceed && field.isConnected && field.form) field.form.requestSubmit();
  return true;
}
