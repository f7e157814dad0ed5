import { createRequire } from 'node:module';
import type PDFKit from 'pdfkit';

/**
 * Fonts embedded in labels and packing slips. PDF's built-in Helvetica and Courier only cover
 * Western European letters (WinAnsi): a Polish slip or a product name with ł or ż would print
 * wrong. DejaVu covers Latin, Greek and Cyrillic; pdfkit embeds only the glyphs a document uses.
 */
export const FONT = { text: 'Text', bold: 'Text-Bold', mono: 'Mono', monoBold: 'Mono-Bold' } as const;

const FILES: Record<(typeof FONT)[keyof typeof FONT], string> = {
  Text: 'DejaVuSans.ttf',
  'Text-Bold': 'DejaVuSans-Bold.ttf',
  Mono: 'DejaVuSansMono.ttf',
  'Mono-Bold': 'DejaVuSansMono-Bold.ttf',
};

const require = createRequire(import.meta.url);

export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, file] of Object.entries(FILES)) doc.registerFont(name, require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
}
