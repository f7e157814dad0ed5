import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Guard, scanUtf8 } from '../../../electron/import/utf8-decoder';

async function pass(chunks: Buffer[]): Promise<Buffer> {
  const out: Buffer[] = [];
  await pipeline(Readable.from(chunks), new Utf8Guard('f.csv'), async (source: AsyncIterable<Buffer>) => {
    for await (const c of source) out.push(c);
  });
  return Buffer.concat(out);
}

describe('UTF-8 guard', () => {
  it('passes any valid UTF-8 unchanged, however it is split into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer({ min: 1, max: 7 }), async (text, size) => {
        const bytes = Buffer.from(text, 'utf8');
        const chunks: Buffer[] = [];
        for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
        expect((await pass(chunks)).equals(bytes)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects Latin-1 text with the line and offset of the first bad byte', async () => {
    const latin1 = Buffer.from('sku,name\nA,caf\xe9\n', 'latin1');
    await expect(pass([latin1])).rejects.toThrow('f.csv is not UTF-8 text (invalid byte at offset 14, line 2)');
  });

  it('rejects UTF-16, overlong forms, surrogates and a truncated last character', async () => {
    expect(scanUtf8(Buffer.from('\ufeffsku', 'utf16le')).invalidAt).toBe(0);
    expect(scanUtf8(Buffer.from([0xc0, 0xaf])).invalidAt).toBe(0); // overlong '/'
    expect(scanUtf8(Buffer.from([0x41, 0xed, 0xa0, 0x80])).invalidAt).toBe(1); // surrogate
    expect(scanUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80])).invalidAt).toBe(0); // > U+10FFFF
    expect(scanUtf8(Buffer.from([0x41, 0xe2, 0x82]))).toEqual({ invalidAt: -1, complete: 1 });
    await expect(pass([Buffer.from([0x41, 0xe2, 0x82])])).rejects.toThrow(/not UTF-8/);
  });
});
