/**
 * Number fields select their value when they get focus, so typing replaces it (Tab into a
 * quantity of 1, type 4: 4, not 14). A click that focuses the field keeps the selection too (its
 * mouseup would otherwise put the caret in place of it). Installed once for the whole UI.
 */
export function installSelectOnFocus(doc: Document = document): () => void {
  let pointerFocus: HTMLInputElement | null = null;
  const isNumber = (el: EventTarget | null): el is HTMLInputElement => el instanceof HTMLInputElement && el.type === 'number' && !el.readOnly && !el.disabled;
  const onFocus = (e: FocusEvent) => {
    if (!isNumber(e.target)) return;
    e.target.select();
    pointerFocus = e.target;
  };
  const onMouseUp = (e: MouseEvent) => {
    if (pointerFocus !== null && e.target === pointerFocus) e.preventDefault();
    pointerFocus = null;
  };
  const onKeyDown = () => {
    pointerFocus = null;
  };
  doc.addEventListener('focusin', onFocus);
  doc.addEventListener('mouseup', onMouseUp, true);
  doc.addEventListener('keydown', onKeyDown, true);
  return () => {
    doc.removeEventListener('focusin', onFocus);
    doc.removeEventListener('mouseup', onMouseUp, true);
    doc.removeEventListener('keydown', onKeyDown, true);
  };
}
