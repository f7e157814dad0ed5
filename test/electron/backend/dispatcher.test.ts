import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempStation, type TempStation } from '../../helpers/station';

let t: TempStation;
beforeAll(async () => {
  t = await tempStation();
});
afterAll(() => t.dispose());

describe('the station API dispatcher', () => {
  it('answers a known request with its value', async () => {
    const r = await t.station.dispatch('station.info', {}, { origin: 'test' });
    expect(r).toMatchObject({ ok: true, value: { stationName: 'Station 1', shell: 'browser', dataDir: t.dataDir } });
  });

  it('refuses unknown request names as data, never by throwing', async () => {
    for (const name of ['nope', '', 42, null, '__proto__', 'constructor', 'toString']) {
      const r = await t.station.dispatch(name, {}, { origin: 'test' });
      expect(r.ok, String(name)).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('unknown_request');
    }
  });

  it('refuses payloads of the wrong shape with field paths', async () => {
    const r = await t.station.dispatch('options.set', { values: 'x', extra: 1 }, { origin: 'test' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('validation');
      expect(r.error.details?.map((d) => d.path)).toEqual(expect.arrayContaining(['values']));
    }
  });

  it('refuses oversize and non-JSON payloads before validation', async () => {
    const big = await t.station.dispatch('options.set', { values: { 'general.stationName': 'x'.repeat(2_000_000) } }, { origin: 'test' });
    expect(big).toMatchObject({ ok: false, error: { code: 'payload_too_large' } });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(await t.station.dispatch('station.info', cyclic, { origin: 'test' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await t.station.dispatch('station.info', { n: 10n }, { origin: 'test' })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('turns a refused option change into a validation error naming the key', async () => {
    const r = await t.station.dispatch('options.set', { values: { 'api.port': -1 } }, { origin: 'test' });
    expect(r).toMatchObject({ ok: false, error: { code: 'validation', details: [{ path: 'api.port' }] } });
  });
});
