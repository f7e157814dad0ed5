import { reasonTooltip } from '../words/reasons';
import type { ScanLogEntry } from './use-verdicts';

const shown = (code: string) => {
  const visible = code.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\u001d' ? '<GS>' : `<x${c.charCodeAt(0).toString(16)}>`));
  return visible.length > 80 ? `${visible.slice(0, 80)}… (${code.length} characters)` : visible;
};

/** This session's scans, newest first; rejected ones are marked and keep their reason. */
export function ScanLog({ entries }: { entries: ScanLogEntry[] }) {
  return (
    <section className="scan-log" aria-labelledby="scan-log-title">
      <h2 id="scan-log-title">Scan log</h2>
      {entries.length === 0 ? (
        <p>No scans yet.</p>
      ) : (
        <ol reversed>
          {entries.map((e) => (
            <li key={e.seq} className={`scan-log-${e.verdict}`} title={e.reason ? reasonTooltip(e.reason) : undefined} data-reason={e.reason ?? undefined}>
              <span className="scan-log-time">{e.at}</span> <code className="scan-log-code">{shown(e.code)}</code> — {e.verdict === 'accepted' ? '✔' : '✖'} {e.message}
              {e.reason ? <span className="support-code" aria-hidden="true"> ({e.reason})</span> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
