/**
 * A serial number as people read it: monospace, never wrapped mid-value; a long one ends in an
 * ellipsis and shows in full on hover (and to screen readers and copy).
 */
export function Serial({ value }: { value: string }) {
  return (
    <code className="serial" title={value}>
      {value}
    </code>
  );
}
