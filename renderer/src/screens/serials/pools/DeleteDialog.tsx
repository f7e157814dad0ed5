import { Dialog } from '../../../app/Dialog';
import { useT } from '../../../i18n/i18n-context';

/** Asks before deleting serials: deletion frees their values and cannot be undone. */
export function DeleteDialog({ values, onConfirm, onClose }: { values: string[]; onConfirm(): void; onClose(): void }) {
  const t = useT();
  const shown = values.slice(0, 8).join(', ');
  return (
    <Dialog title={t('ui-serials.delete.title')} onClose={onClose} tone="alert">
      <p>{t('ui-serials.delete.question', { count: values.length, values: shown, more: Math.max(0, values.length - 8) })}</p>
      <div className="button-row">
        <button type="button" className="danger" onClick={onConfirm}>
          {t('ui-serials.delete.confirm')}
        </button>
        <button type="button" onClick={onClose}>
          {t('ui-serials.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
