import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sameSecret, tokenHash } from '../../../electron/crypto/secrets';

// Token and channel-key hashes are stored (api_tokens, api_channels): however they are computed,
// they must stay SHA-256 in lowercase hex, or every key issued before stops working.
describe('tokenHash', () => {
  it('is SHA-256 in lowercase hex (FIPS 180-2 test vector)', () => {
    expect(tokenHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('matches a streaming SHA-256 of the same token, for tokens as issued and for non-ASCII text', () => {
    for (const token of [`sbt_${randomBytes(32).toString('base64url')}`, `sbc_${randomBytes(24).toString('base64url')}`, 'ümlaut-ß-✓']) {
      expect(tokenHash(token)).toBe(createHash('sha256').update(token).digest('hex'));
    }
  });
});

describe('sameSecret', () => {
  it('is true only for the same text, whatever the lengths', () => {
    const key = randomBytes(24).toString('base64url');
    expect(sameSecret(key, `${key}`)).toBe(true);
    expect(sameSecret(key, `${key.slice(0, -1)}x`)).toBe(key.endsWith('x'));
    expect(sameSecret(key, key.slice(0, 10))).toBe(false);
    expect(sameSecret('', key)).toBe(false);
    expect(sameSecret('', '')).toBe(true);
  });
});
