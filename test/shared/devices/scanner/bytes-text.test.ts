import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToHex, bytesToText, decodeUtf8, encodeUtf8, visibleControls } from '../../../../shared/devices/scanner/bytes-text';
import { isAimIdentifier, splitAimPrefix } from '../../../../shared/devices/scanner/aim';

const runs = Number(process.env.FUZZ_RUNS ?? 500);

describe('scanner text helpers', () => {
  it('shows control characters by name for the test panel', () => {
    expect(visibleControls('01\x1d10AB\r\n\x04\x7f')).toBe('01<GS>10AB<CR><LF><EOT><DEL>');
  });

  it('writes hex pairs', () => {
    expect(bytesToHex(Uint8Array.from([2, 0x1d, 0xff]))).toBe('02 1d ff');
  });

  it('decodes UTF-8 exactly as the platform decoder does, and rejects what it rejects', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (b) => {
        let expected: string | null;
        try {
          expected = strict.decode(b);
        } catch {
          expected = null;
        }
        // TextDecoder strips a leading BOM; ours keeps it, which is right for scan data.
        if (expected !== null && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) expected = '\ufeff' + expected;
        expect(decodeUtf8(b)).toBe(expected);
      }),
      { numRuns: runs },
    );
  });

  it('round-trips any string through encodeUtf8/bytesToText', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
        expect(encodeUtf8(s)).toEqual(new TextEncoder().encode(s));
        expect(bytesToText(encodeUtf8(s))).toBe(s);
      }),
      { numRuns: runs },
    );
  });

  it('recognises AIM identifiers and splits them off scan text', () => {
    expect(isAimIdentifier(']d2')).toBe(true);
    expect(isAimIdentifier(']E0')).toBe(true);
    expect(isAimIdentifier(']1d')).toBe(false);
    expect(isAimIdentifier('d2]')).toBe(false);
    expect(splitAimPrefix(']Q3010950110153000')).toEqual({ symbology: ']Q3', data: '010950110153000' });
    expect(splitAimPrefix('12345')).toEqual({ symbology: null, data: '12345' });
    expect(splitAimPrefix(']d')).toEqual({ symbology: null, data: ']d' });
  });
});
