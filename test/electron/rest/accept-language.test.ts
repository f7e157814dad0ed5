import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMessage } from '../../../shared/i18n/format';
import { acceptLanguageTags } from '../../../shared/i18n/languages';
import { localiseReply, replyLanguage } from '../../../electron/rest/localise';
import { seedReceiving } from '../../helpers/receiving-data';
import { tempApi, type TempApi } from '../../helpers/station';

describe('Accept-Language', () => {
  it('orders tags by q, drops q=0, * and malformed parts', () => {
    expect(acceptLanguageTags('fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5')).toEqual(['fr-CH', 'fr', 'en', 'de']);
    expect(acceptLanguageTags('de;q=0, pl;q=0.5, es')).toEqual(['es', 'pl']);
    expect(acceptLanguageTags('<script>, ;q=1, x'.repeat(3))).toEqual(['x']);
    expect(replyLanguage('ja, pl-PL;q=0.8')).toBe('pl');
    expect(replyLanguage(undefined)).toBe('en');
    expect(replyLanguage('ja')).toBe('en');
  });

  it('localises prompts and notes made from keys (X_message, X_messages, X_key + X_params)', () => {
    const m = { key: 'verdicts-common.unknownProduct', params: { code: 'Q1' } };
    const de = formatMessage('de', m.key, m.params);
    expect(localiseReply({ prompt: 'English', prompt_message: m, notes: ['English'], note_messages: [m, m], hint: 'x', hint_key: m.key, hint_params: m.params, other_message: 'kept' }, 'de')).toEqual({
      prompt: de,
      notes: [de, de],
      hint: de,
      other_message: 'kept',
    });
  });

  it('localises sentences made from keys and leaves the key and parameters out', () => {
    const key = 'verdicts-common.unknownProduct' as const;
    const reply = { verdict: 'rejected', reason: 'unknown_product', message: 'English', message_key: key, params: { code: 'ZZ9' }, line: null, list: [{ message: 'plain', message_key: null, params: {} }] };
    expect(localiseReply(reply, 'de')).toEqual({
      verdict: 'rejected',
      reason: 'unknown_product',
      message: formatMessage('de', key, { code: 'ZZ9' }),
      line: null,
      list: [{ message: 'plain' }],
    });
  });
});

describe('REST replies in the client’s language', () => {
  let api: TempApi;
  beforeAll(async () => {
    api = await tempApi();
    await seedReceiving(api.station);
  });
  afterAll(() => api.dispose());

  const scan = (code: string, lang?: string) => api.call('POST', '/purchase-orders/PO-1/scans', { code, sku: 'SCN' }, lang ? { ...api.headers, 'accept-language': lang } : api.headers);

  it('gives the verdict sentence in the language asked for; reason codes stay; English by default', async () => {
    const en = await scan('SNLANG0001');
    expect(en.body.data).toMatchObject({ verdict: 'accepted', reason: null, message: 'Received SCN serial SNLANG0001.' });
    expect(en.body.data).not.toHaveProperty('message_key');
    for (const lang of ['de', 'es', 'fr', 'pl'] as const) {
      const r = await scan('SNLANG0001', `${lang}-XX, en;q=0.5`);
      expect(r.body.data.reason).toBe('duplicate_in_po');
      const english = (await scan('SNLANG0001')).body.data.message as string;
      expect(r.body.data.message, lang).not.toBe(english);
      expect(r.body.data.message).toContain('SNLANG0001');
    }
    const unknown = await scan('SNLANG0001', 'ja');
    expect(unknown.body.data.message).toBe((await scan('SNLANG0001')).body.data.message);
  });

  it('gives a refusal the station made from a message in that language too', async () => {
    const en = await api.call('POST', '/orders/NOPE-7/ship', {}, api.headers);
    const pl = await api.call('POST', '/orders/NOPE-7/ship', {}, { ...api.headers, 'accept-language': 'pl' });
    expect(en).toMatchObject({ status: 404, body: { success: false, error: { type: 'NotFoundError', message: formatMessage('en', 'verdicts-shipping.order.notFound', { order: 'NOPE-7' }) } } });
    expect(pl).toMatchObject({ status: 404, body: { success: false, error: { type: 'NotFoundError', message: formatMessage('pl', 'verdicts-shipping.order.notFound', { order: 'NOPE-7' }) } } });
    expect(pl.body.error.message).not.toBe(en.body.error.message);
  });

  it('says which language it answered in', async () => {
    const res = await fetch(`${api.base}/purchase-orders/PO-1/scans`, { method: 'POST', headers: { ...api.headers, 'content-type': 'application/json', 'accept-language': 'fr' }, body: JSON.stringify({ code: 'SNLANG0002', sku: 'SCN' }) });
    expect(res.headers.get('content-language')).toBe('fr');
    expect(res.headers.get('vary')).toMatch(/accept-language/i);
  });
});
