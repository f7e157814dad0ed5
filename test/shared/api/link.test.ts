import { describe, expect, it } from 'vitest';
import type { LinkState } from '../../../shared/api/client';
import { createLinkClient, LINK_LOST } from '../../../shared/api/link';

const parse = (text: string) => JSON.parse(text) as { t: string; id?: number; name?: string };

describe('the station link client', () => {
  it('holds requests made with no transport and sends them in order once one is attached', async () => {
    const link = createLinkClient();
    const sent: string[] = [];
    const a = link.client.request('station.info', {});
    const b = link.client.request('options.list', {});
    link.attach((t) => sent.push(t));
    expect(sent.map((t) => parse(t).name)).toEqual(['station.info', 'options.list']);
    link.receive(JSON.stringify({ t: 'res', id: parse(sent[1] as string).id, result: { ok: true, value: 'B' } }));
    link.receive(JSON.stringify({ t: 'res', id: parse(sent[0] as string).id, result: { ok: true, value: 'A' } }));
    expect(await a).toEqual({ ok: true, value: 'A' });
    expect(await b).toEqual({ ok: true, value: 'B' });
  });

  it('fails a request in flight when the transport goes, never re-sending it; later requests wait for the next transport', async () => {
    const link = createLinkClient();
    const first: string[] = [];
    link.attach((t) => first.push(t));
    const inFlight = link.client.request('station.info', {});
    link.detach('restarting');
    expect(await inFlight).toEqual({ ok: false, error: { code: 'unavailable', message: LINK_LOST } });
    const waiting = link.client.request('options.list', {});
    const second: string[] = [];
    link.attach((t) => second.push(t));
    expect(second.map((t) => parse(t).name)).toEqual(['options.list']);
    link.receive(JSON.stringify({ t: 'res', id: parse(second[0] as string).id, result: { ok: true, value: 1 } }));
    expect(await waiting).toEqual({ ok: true, value: 1 });
  });

  it('says ready again to every new transport, and reports the link state', () => {
    const link = createLinkClient();
    const states: LinkState[] = [];
    link.client.onLink((s) => states.push(s));
    link.client.ready();
    const sent: string[] = [];
    link.attach((t) => sent.push(t));
    link.detach('restarting');
    link.attach((t) => sent.push(t));
    expect(sent.map((t) => parse(t).t)).toEqual(['ready', 'ready']);
    expect(states).toEqual(['connecting', 'open', 'restarting', 'open']);
  });

  it('delivers pushed events to their listeners until unsubscribed, and ignores garbage', () => {
    const link = createLinkClient();
    const got: unknown[] = [];
    const off = link.client.on('session.changed', (e) => got.push(e.user));
    link.receive('not json');
    link.receive(JSON.stringify({ t: 'evt', name: 'session.changed', payload: { user: null } }));
    off();
    link.receive(JSON.stringify({ t: 'evt', name: 'session.changed', payload: { user: { id: 1 } } }));
    expect(got).toEqual([null]);
  });
});
