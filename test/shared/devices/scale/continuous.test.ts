import { describe, expect, it } from 'vitest';
import { autoContinuousParser, compileContinuousPattern, decodeContinuousLine, DEFAULT_CONTINUOUS_PATTERN, type ContinuousParser } from '../../../../shared/devices/scale/continuous';

function parser(pattern: string, unit: 'kg' | 'lb' | 'g' = 'kg'): ContinuousParser {
  const c = compileContinuousPattern(pattern, unit);
  if (!c.ok) throw new Error(c.error.message);
  return c.parser;
}

describe('continuous-output parser', () => {
  const def = parser(DEFAULT_CONTINUOUS_PATTERN);

  it('reads the default line format with unit and status flags', () => {
    expect(decodeContinuousLine('ST,GS,    1.234 kg\r\n', def)).toEqual({ kind: 'reading', reading: { weight: 1.234, unit: 'kg', grams: 1234, stable: true, status: 'stable' } });
    expect(decodeContinuousLine('US,GS,   +0.50 lb', def)).toMatchObject({ reading: { weight: 0.5, unit: 'lb', status: 'motion' } });
    expect(decodeContinuousLine('OL,GS,   99.99 kg', def)).toMatchObject({ reading: { status: 'over' } });
    expect(decodeContinuousLine('UL,GS,   -0.10 kg', def)).toMatchObject({ reading: { status: 'under', weight: -0.1 } });
    expect(decodeContinuousLine('ST,NT,    0.000 kg', def)).toMatchObject({ reading: { status: 'zero' } });
  });

  it('uses the configured unit when the line has none, and a stable group when the pattern has one', () => {
    const p = parser('^(?<stable>S)?\\s*W:(?<value>[-\\d.]+)$', 'lb');
    expect(decodeContinuousLine('S W:12.5', p)).toMatchObject({ reading: { weight: 12.5, unit: 'lb', status: 'stable' } });
    expect(decodeContinuousLine('W:12.5', p)).toMatchObject({ reading: { status: 'motion' } });
  });

  it('rejects patterns without a value group or that do not compile', () => {
    expect(compileContinuousPattern('^(\\d+)$', 'kg')).toMatchObject({ ok: false, error: { code: 'bad-pattern' } });
    expect(compileContinuousPattern('(?<value>[', 'kg')).toMatchObject({ ok: false, error: { code: 'bad-pattern' } });
  });

  it('reports lines that do not match, bad numbers and unknown units', () => {
    expect(decodeContinuousLine('hello', def)).toMatchObject({ error: { code: 'no-match' } });
    expect(decodeContinuousLine('', def)).toMatchObject({ error: { code: 'empty' } });
    expect(decodeContinuousLine('ST,GS, 1.0 stone', def)).toMatchObject({ error: { code: 'unknown-unit' } });
    expect(decodeContinuousLine('x', parser('(?<value>.*)'))).toMatchObject({ error: { code: 'bad-number' } });
  });

  describe('auto formats', () => {
    const auto = autoContinuousParser('kg');

    it('reads ScanBay lines', () => {
      expect(decodeContinuousLine('ST,GS,    1.234 kg\r\n', auto)).toEqual({ kind: 'reading', reading: { weight: 1.234, unit: 'kg', grams: 1234, stable: true, status: 'stable' } });
      expect(decodeContinuousLine('UL,GS,   -0.10 kg', auto)).toMatchObject({ reading: { status: 'under', weight: -0.1 } });
    });

    it('reads A&D standard format: stable grams, unstable, out of range', () => {
      expect(decodeContinuousLine('ST,+00012.34  g\r\n', auto)).toMatchObject({ reading: { weight: 12.34, unit: 'g', status: 'stable' } });
      expect(decodeContinuousLine('US,+00012.36  g', auto)).toMatchObject({ reading: { status: 'motion' } });
      expect(decodeContinuousLine('OL,+999999.9  g', auto)).toMatchObject({ reading: { status: 'over' } });
    });

    it('reads the ST,GS,+  4.876kg family, with the sign apart from the digits', () => {
      expect(decodeContinuousLine('ST,GS,+  4.876kg\r\n', auto)).toMatchObject({ reading: { weight: 4.876, unit: 'kg', status: 'stable' } });
      expect(decodeContinuousLine('ST,GS,-  1.234kg', auto)).toMatchObject({ reading: { weight: -1.234, grams: -1234 } });
      expect(decodeContinuousLine('US,NT,+  0.500lb', auto)).toMatchObject({ reading: { weight: 0.5, unit: 'lb', status: 'motion' } });
      expect(decodeContinuousLine('ST,GS 1.000KG', auto)).toMatchObject({ reading: { weight: 1, unit: 'kg' } }); // KERN continuous
      expect(decodeContinuousLine('OL,GS,+          ', auto)).toMatchObject({ reading: { status: 'over', weight: 0, unit: 'kg' } });
    });

    it('says when a line is in no known format', () => {
      expect(decodeContinuousLine('W: 12.5 lb', auto)).toMatchObject({ error: { code: 'no-match', message: expect.stringContaining('custom pattern') } });
      expect(decodeContinuousLine('QT,+00012345 PC', auto)).toMatchObject({ error: { code: 'unknown-unit' } });
    });
  });

  describe('custom patterns', () => {
    it('a value group may hold blanks between the sign and the digits (the default pattern does)', () => {
      expect(decodeContinuousLine('ST,GS,-  1.234kg', def)).toMatchObject({ reading: { weight: -1.234, unit: 'kg' } });
      expect(decodeContinuousLine('ST,GS,+  4.876kg', def)).toMatchObject({ reading: { weight: 4.876 } });
    });

    it('a sign group makes the weight negative', () => {
      const p = parser('^(?:ST|(?<motion>US)),GS,(?<sign>[-+ ])\\s*(?<value>\\d+\\.\\d+)(?<unit>kg|lb)$');
      expect(decodeContinuousLine('ST,GS,-  1.234kg', p)).toMatchObject({ reading: { weight: -1.234, status: 'stable' } });
      expect(decodeContinuousLine('US,GS,+  1.234kg', p)).toMatchObject({ reading: { weight: 1.234, status: 'motion' } });
      expect(decodeContinuousLine('ST,GS,   1.234kg', p)).toMatchObject({ reading: { weight: 1.234 } });
    });
  });
});
