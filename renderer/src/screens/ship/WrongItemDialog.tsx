import type { WrongItem } from '../../../../shared/workflows/shipping';
import { Dialog } from '../../app/Dialog';
import { useI18n } from '../../i18n/i18n-context';

/** The wrong-item message box: it must be acknowledged; it names what was scanned and what the order expects. */
export function WrongItemDialog({ item, orderNumber, onAcknowledge }: { item: WrongItem; orderNumber: string; onAcknowledge(): void }) {
  const { t, number } = useI18n();
  return (
    <Dialog title={t('ui-ship.wrongItem.title')} mustAcknowledge tone="alert" onClose={onAcknowledge}>
      <p className="wrong-item-scanned">
        {t('ui-ship.wrongItem.scanned')} <strong>{item.scanned ? `${item.scanned.sku} — ${item.scanned.name}` : t('ui-ship.wrongItem.unknownCode', { code: item.code })}</strong>
      </p>
      <p>{t('ui-ship.wrongItem.notOnOrder', { order: orderNumber })}</p>
      {item.expected.length > 0 ? (
        <ul aria-label={t('ui-ship.wrongItem.expectedList')}>
          {item.expected.map((e) => (
            <li key={e.sku}>
              {e.sku} — {e.name} × {number(e.remaining)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('ui-ship.wrongItem.nothingMore')}</p>
      )}
      <div className="button-row">
        <button type="button" className="primary" onClick={onAcknowledge}>
          {t('ui-ship.wrongItem.acknowledge')}
        </button>
      </div>
    </Dialog>
  );
}
