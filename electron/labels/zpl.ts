import { translator, type Translate } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/languages';
import { assertPrintable, detailLine, gs1GtinSerial, type LabelData } from './label-data';

/**
 * ZPL II for serial labels, one ^XA…^XZ format per label. Facts from the ZPL II Programming
 * Guide: ^CI28 selects UTF-8; ^FH\ lets field data carry \XX hex bytes (so `^`, `~` and `\` in a
 * product name cannot end the field); in ^BC field data `>` starts an invocation code and a
 * literal `>` is written `><` (^BC, "Code 128 Invocation Characters"); ^BX quality 200 with
 * escape character `_` takes `_1` as FNC1 and `__` as a literal underscore (^BX, field data for
 * quality 200). FNC1 first makes the Data Matrix a GS1 DataMatrix.
 */

export interface ZplLayout {
  widthMm: number;
  heightMm: number;
  dpi: 203 | 300 | 600;
}

const utf8 = new TextEncoder();

/** Text field data: printable ASCII as is; `^ ~ \` and anything else as UTF-8 \XX hex bytes. */
export function zplText(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c >= 0x20 && c <= 0x7e && ch !== '^' && ch !== '~' && ch !== '\\') {
      out += ch;
      continue;
    }
    for (const b of utf8.encode(ch)) out += `\\${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/**
 * Shortens text to what fits one line of font 0 at this height (its characters average about
 * 0.6 of the height in width): ^FB with one line would otherwise print overflow over that line.
 */
export function fitText(text: string, widthDots: number, heightDots: number): string {
  const max = Math.max(4, Math.floor(widthDots / (heightDots * 0.6)));
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 3).join('')}...`;
}

/** Code 128 field data (subset B): a literal `>` is the invocation `><`. */
export function zplCode128Data(value: string): string {
  return value.replaceAll('>', '><');
}

/** GS1 DataMatrix field data with escape `_`: FNC1 first, AI (01) + AI (21), `_` doubled. */
export function zplGs1DataMatrixData(gtin: string, serial: string): string {
  return `_1${gs1GtinSerial(gtin, serial).replaceAll('_', '__')}`;
}

/** One label format. */
export function zplLabel(l: LabelData, layout: ZplLayout, t: Translate = translator('en')): string {
  const dpmm = layout.dpi / 25.4;
  const d = (mm: number) => Math.round(mm * dpmm);
  const width = d(layout.widthMm);
  const height = d(layout.heightMm);
  const margin = d(2);
  const dmModule = Math.max(2, d(0.5));
  // A GS1 DataMatrix of (01)+(21) up to 20 characters fits 22×22 modules.
  const dmSize = l.gtin ? dmModule * 22 : 0;
  const barArea = width - 2 * margin - (dmSize ? dmSize + margin : 0);
  const modules = 11 * (l.serial.length + 3) + 13;
  const moduleWidth = Math.max(1, Math.min(3, Math.floor(barArea / modules)));
  const nameSize = d(3.5);
  const smallSize = d(2.5);
  const barTop = margin + nameSize + smallSize + d(2);
  const barHeight = Math.max(d(6), height - barTop - smallSize - d(3));
  const lines = [
    '^XA',
    '^CI28',
    `^PW${width}`,
    `^LL${height}`,
    `^FO${margin},${margin}^A0N,${nameSize},${nameSize}^FB${width - 2 * margin},1,0,L^FH\\^FD${zplText(fitText(l.productName, width - 2 * margin, nameSize))}^FS`,
    `^FO${margin},${margin + nameSize + d(1)}^A0N,${smallSize},${smallSize}^FB${width - 2 * margin},1,0,L^FH\\^FD${zplText(fitText(detailLine(l, t), width - 2 * margin, smallSize))}^FS`,
    `^FO${margin},${barTop}^BY${moduleWidth}^BCN,${barHeight},Y,N,N^FD${zplCode128Data(l.serial)}^FS`,
  ];
  if (l.gtin) lines.push(`^FO${width - margin - dmSize},${barTop}^BXN,${dmModule},200,,,,_^FD${zplGs1DataMatrixData(l.gtin, l.serial)}^FS`);
  lines.push('^XZ');
  return lines.join('\n');
}

/** Every label, ready to send raw to a printer on port 9100 or to save as a .zpl file; words in `lang`. */
export function zplLabels(labels: readonly LabelData[], layout: ZplLayout, lang: Language = 'en'): string {
  assertPrintable(labels);
  const t = translator(lang);
  return `${labels.map((l) => zplLabel(l, layout, t)).join('\n')}\n`;
}
