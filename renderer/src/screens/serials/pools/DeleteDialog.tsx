import { Dialog } from '../../../app/Dialog';

/** Asks before deleting serials: deletion frees their values and cannot be undone. */
export function DeleteDialog({ values, onConfirm, onClose }: { values: string[]; onConfirm(): void; onClose(): void }) {
  const shown = values.slice(0, 8).join(', ');
  return (
    <Dialog title="Delete serials" onClose={onClose} tone="alert">
      <p>
        Delete {values.length} serial{values.length === 1 ? '' : 's'} ({shown}
        {values.length > 8 ? `, and ${values.length - 8} more` : ''})? Only serials with no history beyond their generation can be deleted.
      </p>
      <div className="button-row">
        <button type="button" className="danger" onClick={onConfirm}>
          Delete
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
