import { useId } from 'react';

/** The quantity that goes with the next product scan; Enter returns to the Scan field. */
export function QuantityField({ label, value, onChange }: { label: string; value: string; onChange(value: string): void }) {
  const id = useId();
  return (
    <div className="qty-row">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min="1"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') document.querySelector<HTMLElement>('[data-scan-field]')?.focus();
        }}
      />
    </div>
  );
}
