import { describe, expect, it } from 'vitest';
import { latin1 } from '../../../../shared/devices/scanner/bytes-text';
import { LineFramer, type LineTerminator } from '../../../../shared/devices/scanner/line-framer';

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

function lines(terminator: LineTerminator, chunks: string[], maxLength?: number) {
  const framer = new LineFramer(maxLength === undefined ? { terminator } : { terminator, maxLength });
  return chunks.flatMap((c) => framer.push(bytes(c))).map((o) => (o.kind === 'line' ? latin1(o.line) : `!overflow:${o.raw.length}`));
}

describe('LineFramer', () => {
  it('frames CR-terminated scans split anywhere across chunks', () => {
    expect(lines('cr', ['01095011', '01530003\x1d10A', 'B\r59012', '34123457\r'])).toEqual([
      '0109501101530003\x1d10AB',
      '5901234123457',
    ]);
  });

  it('CR LF mode keeps a lone CR as data and needs the pair, even split between chunks', () => {
    expect(lines('crlf', ['AB\rC\r', '\nDEF\r\n'])).toEqual(['AB\rC', 'DEF']);
  });

  it('LF mode ends at LF only', () => {
    expect(lines('lf', ['A\rB\n'])).toEqual(['A\rB']);
  });

  it('"any" accepts CR, LF or CR LF without producing empty scans', () => {
    expect(lines('any', ['A\r', '\nB\nC\r\n', '\r\n'])).toEqual(['A', 'B', 'C']);
  });

  it('drops an over-long run without terminator once and resyncs at the next terminator', () => {
    const out = lines('cr', ['x'.repeat(30), 'y'.repeat(30), 'tail\rGOOD\r'], 40);
    expect(out).toEqual(['!overflow:43', 'GOOD']);
  });

  it('keeps the terminator in the raw bytes of a line', () => {
    const [first] = new LineFramer({ terminator: 'crlf' }).push(bytes('12\r\n'));
    expect(first?.kind === 'line' && latin1(first.raw)).toBe('12\r\n');
  });
});
