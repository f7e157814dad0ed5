import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FAVICON_SIZES, faviconFromIcons, icoFromPngs, pngSize } from '../../../electron/tools/favicon';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** The directory entries of an ICO file. */
function icoEntries(ico: Buffer) {
  expect(ico.readUInt16LE(0)).toBe(0);
  expect(ico.readUInt16LE(2)).toBe(1);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const at = 6 + 16 * i;
    const size = ico.readUInt32LE(at + 8);
    const offset = ico.readUInt32LE(at + 12);
    return { width: ico.readUInt8(at) || 256, png: ico.subarray(offset, offset + size) };
  });
}

describe('the app icon as favicon.ico', () => {
  it('packs every icon size as a PNG entry that reads back intact', () => {
    const ico = faviconFromIcons(`${root}build/icons`);
    const entries = icoEntries(ico);
    expect(entries.map((e) => e.width)).toEqual(FAVICON_SIZES);
    for (const e of entries) {
      expect(pngSize(e.png)).toEqual({ width: e.width, height: e.width });
      expect(e.png.equals(readFileSync(`${root}build/icons/${e.width}x${e.width}.png`))).toBe(true);
    }
  });

  it('refuses what an ICO cannot hold', () => {
    expect(() => icoFromPngs([readFileSync(`${root}build/icons/512x512.png`)])).toThrow(/at most 256/);
    expect(() => icoFromPngs([Buffer.from('not an image at all, no')])).toThrow(/PNG/);
  });

  it('is in the built renderer beside the window icon, and the page links it', () => {
    // The test setup has just built dist/.
    expect(readFileSync(`${root}dist/renderer/favicon.ico`).equals(faviconFromIcons(`${root}build/icons`))).toBe(true);
    expect(existsSync(`${root}dist/renderer/icon.png`)).toBe(true);
    expect(readFileSync(`${root}dist/renderer/index.html`, 'utf8')).toMatch(/<link rel="icon" href="\.\/favicon\.ico"/);
  });
});
