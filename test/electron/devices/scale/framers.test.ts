import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AndFramer } from '../../../../electron/devices/scale/framing/and-framer';
import { CrLfLineFramer } from '../../../../electron/devices/scale/framing/crlf-line-framer';
import type { ScaleFramer } from '../../../../electron/devices/scale/framing/framer';
import { LfCrFramer } from '../../../../electron/devices/scale/framing/lf-cr-framer';
import { LfEtxFramer } from '../../../../electron/devices/scale/framing/lf-etx-framer';
import { LineFramer } from '../../../../electron/devices/scale/framing/line-framer';
import { StxCrFramer } from '../../../../electron/devices/scale/framing/stx-cr-framer';

/** Feed `input` in the given chunk sizes; collect frames (as latin1) and skipped bytes. */
async function frame(framer: ScaleFramer, input: string, sizes: number[] = [input.length]): Promise<{ frames: string[]; skipped: number }> {
  const frames: string[] = [];
  framer.on('data', (f: Buffer) => frames.push(f.toString('latin1')));
  const bytes = Buffer.from(input, 'latin1');
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const n = Math.max(1, sizes[i % sizes.length] ?? 1);
    framer.write(bytes.subarray(at, at + n));
    at += n;
  }
  framer.end();
  await new Promise((r) => framer.on('finish', r));
  await new Promise((r) => setImmediate(r));
  return { frames, skipped: framer.skippedBytes };
}

const cases: { name: string; make: () => ScaleFramer; input: string; frames: string[]; skipped: number }[] = [
  {
    name: 'Toledo <STX>…<CR>',
    make: () => new StxCrFramer(),
    input: '\x00\xff\x0201.234\r\x02?D\r',
    frames: ['\x0201.234\r', '\x02?D\r'],
    skipped: 2,
  },
  {
    name: 'NCI <LF>…<CR><ETX>',
    make: () => new LfEtxFramer(),
    input: 'ab\n\x13\x0a0001.23LB\r\n00\r\x03\n10\r\x03',
    frames: ['\n0001.23LB\r\n00\r\x03', '\n10\r\x03'],
    skipped: 4, // "ab", then the "\n\x13" partial frame restarted by an LF without CR before it
  },
  {
    name: 'MT-SICS lines',
    make: () => new CrLfLineFramer(),
    input: '\x00\xffS S     1.234 kg\r\n\r\nS D 2 g\r\n',
    frames: ['S S     1.234 kg\r\n', 'S D 2 g\r\n'],
    skipped: 4, // two noise bytes, one empty line
  },
  {
    name: 'continuous lines (CR, LF or CR LF)',
    make: () => new LineFramer(),
    input: 'ST,GS, 1.0 kg\r\nUS,GS, 2.0 kg\rOL,GS, 3.0 kg\n\x00',
    frames: ['ST,GS, 1.0 kg\r', 'US,GS, 2.0 kg\r', 'OL,GS, 3.0 kg\n'],
    skipped: 1,
  },
  {
    name: 'SMA <LF>…<CR>',
    make: () => new LfCrFramer(),
    input: 'ab\n 1G\x13\n 1G       5.025lb \r\nZ1G       0.000lb \r\n?\r',
    frames: ['\n 1G       5.025lb \r', '\nZ1G       0.000lb \r', '\n?\r'],
    skipped: 7, // "ab", then "\n 1G\x13" cut short by the next LF
  },
  {
    name: 'A&D lines and <AK>',
    make: () => new AndFramer(),
    input: '\x00ST,+00012.34  g\r\n\x06US,+00012.36  g\r\n\x06',
    frames: ['ST,+00012.34  g\r\n', '\x06', 'US,+00012.36  g\r\n', '\x06'],
    skipped: 1,
  },
];

describe('scale framers', () => {
  for (const c of cases) {
    it(`${c.name}: splits frames, skips and counts garbage`, async () => {
      expect(await frame(c.make(), c.input)).toEqual({ frames: c.frames, skipped: c.skipped });
    });

    it(`${c.name}: gives the same frames however the bytes are chunked`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 8 }), async (sizes) => {
          expect(await frame(c.make(), c.input, sizes)).toEqual({ frames: c.frames, skipped: c.skipped });
        }),
        { numRuns: 100 },
      );
    });
  }

  it('drops frames longer than the maximum and resynchronises on the next start byte', async () => {
    const r = await frame(new StxCrFramer(8), `\x02${'9'.repeat(20)}\r\x0201.234\r`);
    expect(r.frames).toEqual(['\x0201.234\r']);
    expect(r.skipped).toBe(22);
  });

  it('restarts a Toledo frame at a new STX (a lost CR does not swallow the next frame)', async () => {
    expect((await frame(new StxCrFramer(), '\x0201.2\x0201.234\r')).frames).toEqual(['\x0201.234\r']);
  });

  it('counts an unfinished frame at the end of the stream as garbage', async () => {
    expect(await frame(new LfEtxFramer(), '\n0001.2')).toEqual({ frames: [], skipped: 7 });
  });
});
