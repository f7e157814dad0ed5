import type { ReceivingLine, ReceivingStep } from '../../../../shared/workflows/receiving';
import { DoneMark } from '../../wizard/DocumentProgress';
import { useI18n } from '../../i18n/i18n-context';

/** Progress per line, always visible: ordered / received / to receive / serials. */
export function LinesTable({ lines, step }: { lines: ReceivingLine[]; step: ReceivingStep }) {
  const { t, number } = useI18n();
  const current = step.kind === 'serial' || step.kind === 'measure' ? step.line_id : null;
  return (
    <table className="progress-table" aria-label={t('ui-receive.lines.label')}>
      <thead>
        <tr>
          <th scope="col">{t('ui-receive.column.line')}</th>
          <th scope="col">{t('ui-receive.column.sku')}</th>
          <th scope="col">{t('ui-receive.column.product')}</th>
          <th scope="col" className="num">{t('ui-receive.column.ordered')}</th>
          <th scope="col" className="num">{t('ui-receive.column.received')}</th>
          <th scope="col" className="num">{t('ui-receive.column.toReceive')}</th>
          <th scope="col" className="num">{t('ui-receive.column.serials')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.line_id} data-sku={l.sku} className={l.line_id === current ? 'line-current' : l.to_receive === 0 ? 'line-done' : undefined}>
            <td>
              {l.to_receive === 0 ? <DoneMark /> : null}
              {l.line_no}
            </td>
            <td>{l.sku}</td>
            <td>
              {l.name}
              {l.tracking !== 'none' ? <span className="tag"> {t(l.tracking === 'full' ? 'ui-receive.lines.serialAtReceipt' : 'ui-receive.lines.serialAtShipping')}</span> : null}
            </td>
            <td className="num">{number(l.ordered)}</td>
            <td className="num">{number(l.received)}</td>
            <td className="num">{number(l.to_receive)}</td>
            <td className="num">
              {l.serial_required || l.serials > 0 ? number(l.serials) : '—'}
              {l.expected_serials > 0 ? ` ${t('ui-receive.lines.expected', { count: l.expected_serials })}` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
