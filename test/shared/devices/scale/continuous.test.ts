import { describe, expect, it } from 'vitest';
import { compileContinuousPattern, decodeContinuousLine, DEFAULT_CONTINUOUS_PATTERN, type ContinuousParser } from '../../../../shared/devices/scale/continuous';

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
});
