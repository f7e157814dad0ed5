import type { ShippingLine, ShippingStep } from '../../../../shared/workflows/shipping';
import { useI18n } from '../../i18n/i18n-context';
import { Serial } from '../../words/Serial';
import { DoneMark } from '../../wizard/DocumentProgress';

/** The order's rows with scanned / required counts, always visible; kit components under their kit. */
export function ShipLines({ lines, step }: { lines: ShippingLine[]; step: ShippingStep }) {
  const { t, number } = useI18n();
  const current = step.kind === 'serial' ? step.row : null;
  return (
    <table className="progress-table" aria-label={t('ui-ship.lines.table')}>
      <thead>
        <tr>
          <th scope="col">{t('ui-ship.lines.col.line')}</th>
          <th scope="col">{t('ui-ship.lines.col.sku')}</th>
          <th scope="col">{t('ui-ship.lines.col.product')}</th>
          <th scope="col" className="num">{t('ui-ship.lines.col.required')}</th>
          <th scope="col" className="num">{t('ui-ship.lines.col.scanned')}</th>
          <th scope="col" className="num">{t('ui-ship.lines.col.remaining')}</th>
          <th scope="col">{t('ui-ship.lines.col.serials')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.row} data-sku={l.sku} data-kind={l.kind} className={l.row === current ? 'line-current' : l.remaining === 0 ? 'line-done' : undefined}>
            <td>
              {l.remaining === 0 ? <DoneMark /> : null}
              {l.kind === 'component' ? '' : l.line_no}
            </td>
            <td className={l.kind === 'component' ? 'ship-component' : undefined}>{l.sku}</td>
            <td>
              {l.name}
              {l.kind === 'kit' ? <span className="tag"> {t('ui-ship.lines.kit')}</span> : null}
              {l.kind === 'component' ? <span className="tag"> {l.is_main ? t('ui-ship.lines.partOfMain', { kit: l.kit_sku ?? '' }) : t('ui-ship.lines.partOf', { kit: l.kit_sku ?? '' })}</span> : null}
              {l.replaced_from ? <span className="tag"> {t('ui-ship.lines.replaces', { sku: l.replaced_from })}</span> : null}
              {l.serial_required ? <span className="tag"> · {t('ui-ship.lines.serialPerUnit')}</span> : null}
            </td>
            <td className="num">{number(l.required)}</td>
            <td className="num">{number(l.scanned)}</td>
            <td className="num">{number(l.remaining)}</td>
            <td className="ship-serials">{l.serials.length > 0 ? l.serials.map((v, i) => <span key={v}>{i > 0 ? ', ' : ''}<Serial value={v} /></span>) : l.serial_required ? t('ui-ship.lines.noSerialsYet') : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
