import { describe, expect, it } from 'vitest';
import { serialUniqueKey } from '../../../shared/domain/serial-key';
import { serialOptionDefs } from '../../../shared/domain/serial-options';

describe('serial unique keys', () => {
  it('per-product scope: the same value for two products gives two keys', () => {
    const policy = { uniqueScope: 'product', caseSensitive: true } as const;
    expect(serialUniqueKey(1, 'SN1', policy)).not.toBe(serialUniqueKey(2, 'SN1', policy));
    expect(serialUniqueKey(1, 'SN1', policy)).toBe(serialUniqueKey(1, 'SN1', policy));
  });

  it('global scope: the same value collides whatever the product', () => {
    const policy = { uniqueScope: 'global', caseSensitive: true } as const;
    expect(serialUniqueKey(1, 'SN1', policy)).toBe(serialUniqueKey(2, 'SN1', policy));
  });

  it('case-insensitive mode makes ab1 and AB1 the same serial; case-sensitive keeps them apart', () => {
    expect(serialUniqueKey(1, 'ab1', { uniqueScope: 'product', caseSensitive: false })).toBe(
      serialUniqueKey(1, 'AB1', { uniqueScope: 'product', caseSensitive: false }),
    );
    expect(serialUniqueKey(1, 'ab1', { uniqueScope: 'product', caseSensitive: true })).not.toBe(
      serialUniqueKey(1, 'AB1', { uniqueScope: 'product', caseSensitive: true }),
    );
  });

  it('options default to per-product, case-sensitive, no company length', () => {
    expect(serialOptionDefs['serials.uniqueScope'].default).toBe('product');
    expect(serialOptionDefs['serials.caseSensitive'].default).toBe(true);
    expect(serialOptionDefs['serials.defaultLength'].default).toBeNull();
    expect(serialOptionDefs['serials.uniqueScope'].schema.safeParse('warehouse').success).toBe(false);
    expect(serialOptionDefs['serials.defaultLength'].schema.safeParse(0).success).toBe(false);
    expect(serialOptionDefs['serials.defaultLength'].schema.safeParse(12).success).toBe(true);
  });
});
