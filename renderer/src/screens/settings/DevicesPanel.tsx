import { useId, useState } from 'react';
import type { DeviceRawFrame, ScaleSnapshot } from '../../../../shared/api/requests/devices';
import { call, RequestFailed, useClient } from '../../client/station-context';
import { formatReading, useDevices } from '../../devices/devices-context';
import { ageText, useNow } from '../../devices/ScaleWeight';
import { useOptions } from '../../app/options-context';
import { useScanHandler } from '../../scan/scan-router';
import { useI18n, useT, type I18n } from '../../i18n/i18n-context';

const visible = (text: string) => text.replace(/[\u0000-\u001f\u007f]/g, (c) => `<${CONTROL_NAMES[c.charCodeAt(0)] ?? `x${c.charCodeAt(0).toString(16)}`}>`);
const CONTROL_NAMES: Record<number, string> = { 0: 'NUL', 2: 'STX', 3: 'ETX', 4: 'EOT', 9: 'TAB', 10: 'LF', 13: 'CR', 27: 'ESC', 29: 'GS', 30: 'RS', 31: 'US', 127: 'DEL' };

function Frame({ title, frame }: { title: string; frame: DeviceRawFrame | null }) {
  const t = useT();
  return (
    <div className="raw-frame">
      <h3>{title}</h3>
      {frame ? (
        <dl>
          <dt>{t('ui-settings.devices.frame.text')}</dt>
          <dd><code>{frame.text}</code></dd>
          <dt>{t('ui-settings.devices.frame.bytes')}</dt>
          <dd><code>{frame.hex}</code></dd>
          {frame.error ? (<><dt>{t('ui-settings.devices.frame.rejected')}</dt><dd>{frame.error.message}</dd></>) : null}
        </dl>
      ) : (
        <p>{t('ui-settings.devices.frame.none')}</p>
      )}
    </div>
  );
}

const NOT_CURRENT = {
  stale: 'ui-settings.devices.notCurrent.stale',
  disconnected: 'ui-settings.devices.notCurrent.disconnected',
  error: 'ui-settings.devices.notCurrent.error',
} as const;

/** How old the weight is, or why there is none and what the scale said last. */
function weightAge(i18n: I18n, scale: ScaleSnapshot, now: number): string {
  const { t } = i18n;
  if (scale.current) return t('ui-settings.devices.readAge', { age: ageText(now, scale.current.received_at, t), seconds: scale.fresh_ms / 1000 });
  const error = scale.error ? `${t('ui-settings.devices.scaleError', { error: scale.error })} ` : '';
  if (!scale.last) return `${error}${t('ui-settings.devices.noReadingSinceSetup')}`;
  const why = scale.no_reading && scale.no_reading !== 'none_yet' ? t(NOT_CURRENT[scale.no_reading]) : '';
  return `${error}${t('ui-settings.devices.lastReading', { reading: formatReading(scale.last, i18n), age: ageText(now, scale.last.received_at, t), why })}`;
}

/** Settings → Devices test panel: last raw scan and scale frame, live weight, zero/tare, simulators. */
export function DevicesPanel() {
  const i18n = useI18n();
  const { t } = i18n;
  const client = useClient();
  const { values } = useOptions();
  const { scale, lastScannerFrame, lastScaleFrame } = useDevices();
  const now = useNow();
  const reading = scale.current;
  const [lastScan, setLastScan] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const scanId = useId();
  const scaleId = useId();
  const [simScan, setSimScan] = useState('');
  const [simScale, setSimScale] = useState('');

  // While this panel is open, scans are shown here instead of going to a wizard.
  useScanHandler((scan) => setLastScan(scan.code));

  const run = async (what: string, fn: () => Promise<unknown>) => {
    try {
      await fn();
      setMessage({ ok: true, text: t('ui-settings.devices.actionDone', { action: what }) });
    } catch (err) {
      setMessage({ ok: false, text: t('ui-settings.devices.actionFailed', { action: what, error: err instanceof RequestFailed ? err.message : String(err) }) });
    }
  };

  return (
    <section className="devices-panel" aria-labelledby="devices-test-title">
      <h2 id="devices-test-title">{t('ui-settings.devices.heading')}</h2>
      <p data-testid="last-scan">
        {t('ui-settings.devices.lastScan')} {lastScan === null ? t('ui-settings.devices.noScanYet') : <code>{visible(lastScan)}</code>}
      </p>
      <p data-testid="panel-weight">{t('ui-settings.devices.weight')} {reading ? formatReading(reading, i18n) : t('ui-settings.devices.noReading')}</p>
      <p data-testid="panel-weight-age" className="option-help">
        {weightAge(i18n, scale, now)}
      </p>
      <div className="button-row">
        <button type="button" onClick={() => void run(t('ui-settings.devices.action.zero'), () => call(client, 'devices.scaleCommand', { command: 'zero' }))}>{t('ui-settings.devices.zero')}</button>
        <button type="button" onClick={() => void run(t('ui-settings.devices.action.tare'), () => call(client, 'devices.scaleCommand', { command: 'tare' }))}>{t('ui-settings.devices.tare')}</button>
      </div>
      <Frame title={t('ui-settings.devices.lastScannerFrame')} frame={lastScannerFrame} />
      <Frame title={t('ui-settings.devices.lastScaleFrame')} frame={lastScaleFrame} />
      {values['devices.scanner.kind'] === 'simulator' ? (
        <form className="sim-form" onSubmit={(e) => { e.preventDefault(); void run(t('ui-settings.devices.action.simulatedScan'), () => call(client, 'devices.simulate', { scan: simScan })); }}>
          <label htmlFor={scanId}>{t('ui-settings.devices.simulatedScan')}</label>
          <input id={scanId} value={simScan} onChange={(e) => setSimScan(e.target.value)} data-takes-scans="no" />
          <button type="submit">{t('ui-settings.devices.sendScan')}</button>
        </form>
      ) : null}
      {values['devices.scale.protocol'] === 'simulator' || values['devices.scale.protocol'] === 'hid-simulator' ? (
        <form className="sim-form" onSubmit={(e) => { e.preventDefault(); void run(t('ui-settings.devices.action.simulatedScale'), () => call(client, 'devices.simulate', { scale: simScale })); }}>
          <label htmlFor={scaleId}>{t('ui-settings.devices.simulatedScale')}</label>
          <input id={scaleId} value={simScale} onChange={(e) => setSimScale(e.target.value)} />
          <button type="submit">{t('ui-settings.devices.setScale')}</button>
        </form>
      ) : null}
      {message ? <p role={message.ok ? 'status' : 'alert'}>{message.text}</p> : null}
    </section>
  );
}
