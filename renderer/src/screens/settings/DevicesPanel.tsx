import { useId, useState } from 'react';
import type { DeviceRawFrame, ScaleSnapshot } from '../../../../shared/api/requests/devices';
import { call, RequestFailed, useClient } from '../../client/station-context';
import { formatReading, useDevices } from '../../devices/devices-context';
import { ageText, useNow } from '../../devices/ScaleWeight';
import { useOptions } from '../../app/options-context';
import { useScanHandler } from '../../scan/scan-router';

const visible = (text: string) => text.replace(/[\u0000-\u001f\u007f]/g, (c) => `<${CONTROL_NAMES[c.charCodeAt(0)] ?? `x${c.charCodeAt(0).toString(16)}`}>`);
const CONTROL_NAMES: Record<number, string> = { 0: 'NUL', 2: 'STX', 3: 'ETX', 4: 'EOT', 9: 'TAB', 10: 'LF', 13: 'CR', 27: 'ESC', 29: 'GS', 30: 'RS', 31: 'US', 127: 'DEL' };

function Frame({ title, frame }: { title: string; frame: DeviceRawFrame | null }) {
  return (
    <div className="raw-frame">
      <h3>{title}</h3>
      {frame ? (
        <dl>
          <dt>Text</dt>
          <dd><code>{frame.text}</code></dd>
          <dt>Bytes</dt>
          <dd><code>{frame.hex}</code></dd>
          {frame.error ? (<><dt>Rejected</dt><dd>{frame.error.message}</dd></>) : null}
        </dl>
      ) : (
        <p>Nothing received yet.</p>
      )}
    </div>
  );
}

const NOT_CURRENT = { stale: 'too old', disconnected: 'scale not connected', error: 'an error came after it', none_yet: '' } as const;

/** How old the weight is, or why there is none and what the scale said last. */
function weightAge(scale: ScaleSnapshot, now: number): string {
  if (scale.current) return `Read ${ageText(now, scale.current.received_at)}; a reading counts as current for ${scale.fresh_ms / 1000} s.`;
  const error = scale.error ? `Scale error: ${scale.error}. ` : '';
  if (!scale.last) return `${error}No reading since the scale was set up.`;
  return `${error}Last reading ${formatReading(scale.last)}, ${ageText(now, scale.last.received_at)} (${NOT_CURRENT[scale.no_reading ?? 'none_yet']}).`;
}

/** Settings → Devices test panel: last raw scan and scale frame, live weight, zero/tare, simulators. */
export function DevicesPanel() {
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
      setMessage({ ok: true, text: `${what}: done` });
    } catch (err) {
      setMessage({ ok: false, text: `${what}: ${err instanceof RequestFailed ? err.message : String(err)}` });
    }
  };

  return (
    <section className="devices-panel" aria-labelledby="devices-test-title">
      <h2 id="devices-test-title">Test panel</h2>
      <p data-testid="last-scan">
        Last scan: {lastScan === null ? 'none yet — scan a barcode' : <code>{visible(lastScan)}</code>}
      </p>
      <p data-testid="panel-weight">Weight: {reading ? formatReading(reading) : 'no reading'}</p>
      <p data-testid="panel-weight-age" className="option-help">
        {weightAge(scale, now)}
      </p>
      <div className="button-row">
        <button type="button" onClick={() => void run('Zero', () => call(client, 'devices.scaleCommand', { command: 'zero' }))}>Zero scale</button>
        <button type="button" onClick={() => void run('Tare', () => call(client, 'devices.scaleCommand', { command: 'tare' }))}>Tare scale</button>
      </div>
      <Frame title="Last scanner frame" frame={lastScannerFrame} />
      <Frame title="Last scale frame" frame={lastScaleFrame} />
      {values['devices.scanner.kind'] === 'simulator' ? (
        <form className="sim-form" onSubmit={(e) => { e.preventDefault(); void run('Simulated scan', () => call(client, 'devices.simulate', { scan: simScan })); }}>
          <label htmlFor={scanId}>Simulated scan (use &lt;GS&gt; for FNC1)</label>
          <input id={scanId} value={simScan} onChange={(e) => setSimScan(e.target.value)} data-takes-scans="no" />
          <button type="submit">Send scan</button>
        </form>
      ) : null}
      {values['devices.scale.protocol'] === 'simulator' || values['devices.scale.protocol'] === 'hid-simulator' ? (
        <form className="sim-form" onSubmit={(e) => { e.preventDefault(); void run('Simulated scale', () => call(client, 'devices.simulate', { scale: simScale })); }}>
          <label htmlFor={scaleId}>Simulated scale state (e.g. 1.234 kg, motion, over)</label>
          <input id={scaleId} value={simScale} onChange={(e) => setSimScale(e.target.value)} />
          <button type="submit">Set scale</button>
        </form>
      ) : null}
      {message ? <p role={message.ok ? 'status' : 'alert'}>{message.text}</p> : null}
    </section>
  );
}
