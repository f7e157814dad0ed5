import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal dialog: focus moves into it and stays there until it closes (Escape closes it unless
 * `mustAcknowledge`), then returns to where it was. Its title is its accessible name.
 */
export function Dialog({ title, children, onClose, mustAcknowledge, tone }: { title: string; children: ReactNode; onClose(): void; mustAcknowledge?: boolean; tone?: 'alert' }) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const first = box.current?.querySelector<HTMLElement>('input, select, textarea, button');
    first?.focus();
    return () => {
      // Back where it was; when that control is gone (the Sign in button after signing in), to the Scan field.
      if (previous?.isConnected && previous !== document.body) previous.focus();
      else document.querySelector<HTMLElement>('[data-scan-field]:not(:disabled)')?.focus();
    };
  }, []);
  return (
    <div
      role={tone === 'alert' ? 'alertdialog' : 'dialog'}
      aria-modal="true"
      aria-labelledby={titleId}
      className="dialog-backdrop"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !mustAcknowledge) {
          e.stopPropagation();
          onClose();
        }
        if (e.key === 'Tab') trapTab(e, box.current);
      }}
    >
      <div className={`dialog-body ${tone === 'alert' ? 'dialog-alert' : ''}`} ref={box}>
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}

function trapTab(e: React.KeyboardEvent, box: HTMLElement | null): void {
  const items = [...(box?.querySelectorAll<HTMLElement>('input, select, textarea, button') ?? [])].filter((el) => !el.hasAttribute('disabled'));
  if (items.length === 0) return;
  const first = items[0] as HTMLElement;
  const last = items[items.length - 1] as HTMLElement;
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}
