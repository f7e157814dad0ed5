import { sentence, useI18n } from '../i18n/i18n-context';
import { reasonTooltip } from '../words/reasons';
import type { ScanLogEntry } from './use-verdicts';

/** Control characters made visible; a long scan cut after 80 characters, with its length. */
const visible = (code: string) => code.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\u001d' ? '<GS>' : `<x${c.charCodeAt(0).toString(16)}>`));

/** This session's scans, newest first; rejected ones are marked and keep their reason. */
export function ScanLog({ entries }: { entries: ScanLogEntry[] }) {
  const { t, lang } = useI18n();
  const shown = (code: string) => {
    const text = visible(code);
    return text.length > 80 ? t('ui-common.scanLog.longCode', { code: text.slice(0, 80), count: code.length }) : text;
  };
  return (
    <section className="scan-log" aria-labelledby="scan-log-title">
      <h2 id="scan-log-title">{t('ui-common.scanLog.title')}</h2>
      {entries.length === 0 ? (
        <p>{t('ui-common.scanLog.empty')}</p>
      ) : (
        <ol reversed>
          {entries.map((e) => (
            <li key={e.seq} className={`scan-log-${e.verdict}`} title={e.reason ? reasonTooltip(e.reason, t) : undefined} data-reason={e.reason ?? undefined}>
              <span className="scan-log-time">{new Date(e.at).toLocaleTimeString(lang)}</span> <code className="scan-log-code">{shown(e.code)}</code> — {e.verdict === 'accepted' ? '✔' : '✖'} {sentence(t, e)}
              {e.reason ? <span className="support-code" aria-hidden="true"> ({e.reason})</span> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
