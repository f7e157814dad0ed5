import { locationText } from '../../../../../shared/workflows/lifecycle';
import { useRequest } from '../../../client/station-context';
import { Serial } from '../../../words/Serial';
import { statusWord } from '../../../words/statuses';

/** Every serial with this value (one per product) and its timeline from the ledger, oldest first. */
export function SerialTimeline({ serial }: { serial: string }) {
  const history = useRequest('serials.history', { serial }, [serial]);
  if (history.loading) return <p>Loading the history of {serial}…</p>;
  if (history.error) return <p role="alert">{history.error.message}</p>;
  return (
    <div className="timelines">
      {(history.value?.serials ?? []).map((s) => (
        <section key={`${s.sku}/${s.serial}`} aria-label={`History of ${s.sku} serial ${s.serial}`} className="timeline">
          <h3>
            {s.sku} <Serial value={s.serial} /> — {s.product_name}
          </h3>
          <p>
            Now {statusWord(s.status)}
            {s.warehouse ? ` at ${locationText(s.warehouse, s.bin)}` : ''}
            {s.unit_cost !== null ? ` · cost ${s.unit_cost.toFixed(2)}` : ''}
          </p>
          <ol className="timeline-events">
            {s.events.map((e, i) => (
              <li key={i} data-event={e.type}>
                <time dateTime={e.at}>{new Date(e.at).toLocaleString()}</time> <strong>{e.summary}</strong>
                {e.user || e.station ? <span className="tag"> — {[e.user, e.station].filter(Boolean).join(' at ')}</span> : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
