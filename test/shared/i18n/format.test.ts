import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../shared/i18n/format';
import { formatMoney, formatNumber, formatWeight } from '../../../shared/i18n/numbers';

describe('formatting for the reader', () => {
  it('shows a number given to a plain placeholder with the language’s decimal sign, ungrouped; strings as given', () => {
    const line = { line: '1234', sku: 'SCN-1.5', name: 'Scanner', shipped: 1.5, ordered: 20000 };
    expect(formatMessage('en', 'documents.slip.line', line)).toBe('1234. SCN-1.5 — Scanner: 1.5 of 20000');
    expect(formatMessage('de', 'documents.slip.line', line)).toBe('1234. SCN-1.5 — Scanner: 1,5 von 20000');
    expect(formatMessage('fr', 'documents.slip.line', line)).toContain('1,5 sur 20000');
  });

  it('plural categories per language (Polish one / few / many)', () => {
    expect([1, 2, 5, 22].map((units) => formatMessage('pl', 'documents.slip.units', { units }))).toEqual(['1 sztuka', '2 sztuki', '5 sztuk', '22 sztuki']);
    expect(formatMessage('en', 'documents.slip.units', { units: 1 })).toBe('1 unit');
  });

  it('numbers, weights and money the local way', () => {
    expect(formatNumber('de', 1234.5)).toBe('1.234,5');
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
    expect(formatWeight('pl', 1.25, 'kg', 3)).toBe('1,250 kg');
    expect(formatWeight('en', 1250, 'g')).toBe('1250 g');
    expect(formatMoney('fr', 12.5, 'EUR')).toMatch(/^12,50\s€$/);
    expect(formatMoney('en', 12.5, 'NOPE!')).toBe('12.5 NOPE!');
  });

  it('falls back to English, then to the key, outside strict mode', async () => {
    const { setStrictMessages } = await import('../../../shared/i18n/format');
    setStrictMessages(false);
    try {
      expect(formatMessage('de', 'no.such.key')).toBe('no.such.key');
      expect(formatMessage('de', 'documents.slip.title', {})).toBe('Lieferschein {order}');
    } finally {
      setStrictMessages(true);
    }
    expect(() => formatMessage('de', 'no.such.key')).toThrow(/missing in de/);
    expect(() => formatMessage('de', 'documents.slip.title', {})).toThrow(/documents.slip.title in de/);
  });
});
