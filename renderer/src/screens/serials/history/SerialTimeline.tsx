import { locationText } from '../../../../../shared/workflows/lifecycle';
import { describeEventMessage } from '../../../../../shared/workflows/lifecycle-history';
import { useRequest } from '../../../client/station-context';
import { sentence, useI18n } from '../../../i18n/i18n-context';
import { Serial } from '../../../words/Serial';
import { statusWord } from '../../../words/statuses';
import { fixed2, who } from '../words';

/** Every serial with this value (one per product) and its timeline from the ledger, oldest first (each event's sentence in the station's language). */
export function SerialTimeline({ serial }: { serial: string }) {
  const { t, lang, dateTime } = useI18n();
  const history = useRequest('serials.history', { serial }, [serial]);
  if (history.loading) return <p>{t('ui-serials.timeline.loading', { serial })}</p>;
  if (history.error) return <p role="alert">{sentence(t, history.error)}</p>;
  return (
    <div className="timelines">
      {(history.value?.serials ?? []).map((s) => {
        const status = statusWord(s.status, t);
        return (
          <section key={`${s.sku}/${s.serial}`} aria-label={t('ui-serials.timeline.label', { sku: s.sku, serial: s.serial })} className="timeline">
            <h3>
              {s.sku} <Serial value={s.serial} /> — {s.product_name}
            </h3>
            <p>
              {s.warehouse ? t('ui-serials.timeline.nowAt', { status, place: locationText(s.warehouse, s.bin) }) : t('ui-serials.timeline.now', { status })}
              {s.unit_cost !== null ? ` · ${t('ui-serials.timeline.cost', { cost: fixed2(lang, s.unit_cost) })}` : ''}
            </p>
            <ol className="timeline-events">
              {s.events.map((e, i) => {
                const by = who(t, e.user, e.station);
                const what = describeEventMessage(e);
                return (
                  <li key={i} data-event={e.type}>
                    <time dateTime={e.at}>{dateTime(e.at)}</time> <strong>{t(what.key, what.params)}</strong>
                    {by ? <span className="tag"> — {by}</span> : null}
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
