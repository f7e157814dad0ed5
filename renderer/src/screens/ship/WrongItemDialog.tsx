import type { WrongItem } from '../../../../shared/workflows/shipping';
import { Dialog } from '../../app/Dialog';

/** The wrong-item message box: it must be acknowledged; it names what was scanned and what the order expects. */
export function WrongItemDialog({ item, orderNumber, onAcknowledge }: { item: WrongItem; orderNumber: string; onAcknowledge(): void }) {
  return (
    <Dialog title="Wrong item" mustAcknowledge tone="alert" onClose={onAcknowledge}>
      <p className="wrong-item-scanned">
        Scanned: <strong>{item.scanned ? `${item.scanned.sku} — ${item.scanned.name}` : `${item.code} (not a known product)`}</strong>
      </p>
      <p>This item is not on {orderNumber}. Put it back. The order expects:</p>
      {item.expected.length > 0 ? (
        <ul aria-label="Expected items">
          {item.expected.map((e) => (
            <li key={e.sku}>
              {e.sku} — {e.name} × {e.remaining}
            </li>
          ))}
        </ul>
      ) : (
        <p>Nothing more: every item is scanned.</p>
      )}
      <div className="button-row">
        <button type="button" className="primary" onClick={onAcknowledge}>
          OK, I put it back
        </button>
      </div>
    </Dialog>
  );
}
