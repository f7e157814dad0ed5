import { useState } from 'react';
import { locationText, type CountState, type CountSummary } from '../../../../../shared/workflows/lifecycle';
import { call, RequestFailed, useClient } from '../../../client/station-context';
import { ScanField } from '../../../scan/ScanField';
import { useScanHandler } from '../../../scan/scan-router';
import { Verdict } from '../../../scan/Verdict';
import { ScanLog } from '../../../wizard/ScanLog';
import { useVerdicts } from '../../../wizard/use-verdicts';
import { PlaceFields, placeInput, type Place } from '../stock/PlaceFields';

/** A cycle count with serials: scan everything at one location, then apply the differences. */
export function CycleCount() {
  const client = useClient();
  const verdicts = useVerdicts();
  const [place, setPlace] = useState<Place>({ warehouse: '', bin: '' });
  const [state, setState] = useState<CountState | null>(null);
  const [summary, setSummary] = useState<CountSummary | null>(null);
  const fail = (err: unknown) => verdicts.notice('rejected', err instanceof RequestFailed ? err.message : String(err));

  useScanHandler(async ({ code }) => {
    try {
      const r = await call(client, 'counts.scan', { ...placeInput(place), code });
      verdicts.show(code, r);
      setState(r.state);
    } catch (err) {
      fail(err);
    }
  }, state !== null);

  const start = async () => {
    try {
      setSummary(null);
      setState(await call(client, 'counts.start', placeInput(place)));
    } catch (err) {
      fail(err);
    }
  };
  const finish = async () => {
    try {
      const s = await call(client, 'counts.finish', placeInput(place));
      setSummary(s);
      setState(null);
      verdicts.notice('accepted', `Count of ${locationText(s.warehouse, s.bin)} applied: ${s.missing.length} missing, ${s.moved_here.length} moved here, ${s.added.length} added.`);
    } catch (err) {
      fail(err);
    }
  };
  const cancel = async () => {
    await call(client, 'counts.cancel', placeInput(place)).catch(() => undefined);
    setState(null);
  };

  return (
    <div className="wizard">
      <div>
        <div className="form-grid">
          <PlaceFields label="Count" value={place} onChange={(p) => !state && setPlace(p)} />
          <div className="button-row">
            {state ? (
              <>
                <button type="button" className="primary" onClick={() => void finish()}>Finish count</button>
                <button type="button" onClick={() => void cancel()}>Cancel count</button>
              </>
            ) : (
              <button type="button" className="primary" disabled={!place.warehouse} onClick={() => void start()}>Start count</button>
            )}
          </div>
        </div>
        {state ? (
          <>
            <p>
              Expected here: {state.expected_serials} serial{state.expected_serials === 1 ? '' : 's'} and {state.expected_units} unit{state.expected_units === 1 ? '' : 's'} without serials. Counted: {state.counted.reduce((n, c) => n + c.qty, 0)}.
            </p>
            <ScanField active prompt={state.prompt} />
          </>
        ) : null}
        <Verdict view={verdicts.view} />
        {summary ? (
          <section aria-label="Count result">
            <h2>Count result</h2>
            <ul>
              {summary.missing.map((m) => <li key={`m${m.serial}`}>Missing, removed from stock: {m.sku} {m.serial}</li>)}
              {summary.moved_here.map((m) => <li key={`h${m.serial}`}>Found here, moved from {m.from ?? 'nowhere'}: {m.sku} {m.serial}</li>)}
              {summary.added.map((m) => <li key={`a${m.serial}`}>New, added: {m.sku} {m.serial}</li>)}
              {summary.quantities.map((q) => <li key={`q${q.sku}`}>{q.sku}: {q.expected} expected, {q.counted} counted</li>)}
            </ul>
          </section>
        ) : null}
      </div>
      <ScanLog entries={verdicts.log} />
    </div>
  );
}
