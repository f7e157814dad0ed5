// The app icon for the browser: build/icons/*.png packed into one favicon.ico (PNG-compressed ICO
// entries, which every current browser and Windows reads), emitted by the renderer build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Width and height of a PNG from its IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.readUInt32BE(0) !== 0x89504e47 || png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG file');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** An ICO file holding the given PNGs (each at most 256×256) as they are. */
export function icoFromPngs(pngs: Buffer[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(pngs.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * pngs.length;
  for (const png of pngs) {
    const { width, height } = pngSize(png);
    if (width > 256 || height > 256) throw new Error(`an ICO entry is at most 256×256, not ${width}×${height}`);
    const e = Buffer.alloc(16);
    e.writeUInt8(width === 256 ? 0 : width, 0);
    e.writeUInt8(height === 256 ? 0 : height, 1);
    e.writeUInt16LE(1, 4); // colour planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(e);
  }
  return Buffer.concat([header, ...entries, ...pngs]);
}

/** The sizes a browser tab, a bookmark and a Windows shortcut pick from. */
export const FAVICON_SIZES = [16, 32, 48, 64, 128, 256];

export function faviconFromIcons(iconsDir: string): Buffer {
  return icoFromPngs(FAVICON_SIZES.map((s) => readFileSync(join(iconsDir, `${s}x${s}.png`))));
}
