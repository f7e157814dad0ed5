import { describe, expect, it } from 'vitest';
import { isSecretKey, REDACTED, redactSecrets, redactText } from '../../../electron/logging/redact';

describe('secret redaction', () => {
  it('replaces values under secret keys at any depth, in arrays too', () => {
    const input = {
      pin: '1234',
      user: { name: 'ana', supervisorPin: '9999' },
      headers: { 'x-access-token': 'tok-1', 'x-channel-key': 'chan-1', accept: 'application/json' },
      keys: [{ secret: 's-1', name: 'erp' }],
      'api.secret': 's-2',
      password: 'hunter2',
      options: { 'api.tokenTtlMinutes': 60, 'general.stationName': 'Dock 1' },
    };
    const out = redactSecrets(input) as typeof input;
    expect(JSON.stringify(out)).not.toMatch(/1234|9999|tok-1|chan-1|s-1|s-2|hunter2/);
    expect(out.user.name).toBe('ana');
    expect(out.headers.accept).toBe('application/json');
    expect(out.keys[0]).toEqual({ secret: REDACTED, name: 'erp' });
    expect(out.options).toEqual({ 'api.tokenTtlMinutes': 60, 'general.stationName': 'Dock 1' });
    expect(input.pin).toBe('1234'); // the caller's object is not changed
  });

  it('shows a secret station option as every listing does: ******** when set, empty when not', () => {
    const out = redactSecrets({ values: { 'shipping.labelService.secret': 'sign-key-1', 'general.volume': 3 }, unset: { 'shipping.labelService.secret': '' } }) as Record<string, Record<string, unknown>>;
    expect(out.values).toEqual({ 'shipping.labelService.secret': '********', 'general.volume': 3 });
    expect(out.unset).toEqual({ 'shipping.labelService.secret': '' });
    expect(JSON.stringify(out)).not.toContain('sign-key-1');
  });

  it('knows secret keys by their last segment, not by a prefix', () => {
    for (const k of ['pin', 'supervisorPin', 'x-access-token', 'channel_key', 'labels.apiKey', 'webhook.secret', 'Authorization']) expect(isSecretKey(k), k).toBe(true);
    for (const k of ['api.tokenTtlMinutes', 'pinned', 'name', 'api.port', 'secretary.name']) expect(isSecretKey(k), k).toBe(false);
  });

  it('masks credentials in text: URLs, key parameters and header-like pairs', () => {
    expect(redactText('postgres://scanbay:pw@127.0.0.1:5432/db')).toBe(`postgres://scanbay:${REDACTED}@127.0.0.1:5432/db`);
    expect(redactText('GET /exports/a.csv?key=abc&x=1')).toBe(`GET /exports/a.csv?key=${REDACTED}&x=1`);
    expect(redactText('sent x-access-token: abc.def')).toBe(`sent x-access-token: ${REDACTED}`);
    expect(redactText('pin=4321 refused')).toBe(`pin=${REDACTED} refused`);
    expect(redactText('plain words stay')).toBe('plain words stay');
  });

  it('masks an error message and stack, keeping the error type', () => {
    const err = new TypeError('connect postgres://u:pw@h failed');
    const out = redactSecrets({ err }) as { err: Error };
    expect(out.err).toBeInstanceOf(Error);
    expect(out.err.name).toBe('TypeError');
    expect(out.err.message).toBe(`connect postgres://u:${REDACTED}@h failed`);
    expect(out.err.stack).not.toContain(':pw@');
  });
});
