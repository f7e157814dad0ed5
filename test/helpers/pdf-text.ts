/**
 * The text an uncompressed pdfkit PDF shows, line by line (one line per TJ operator). Fonts are
 * embedded (Type0, Identity-H): each TJ holds 2-byte glyph codes, read back through the font's
 * ToUnicode map; `/Fn size Tf` says which font a TJ uses.
 */
export function pdfText(pdf: Uint8Array): string[] {
  const raw = Buffer.from(pdf).toString('latin1');
  const objects = new Map<string, string>();
  for (const m of raw.matchAll(/(\d+) 0 obj\n([\s\S]*?)\nendobj/g)) objects.set(m[1] as string, m[2] as string);
  const toUnicode = new Map<string, Map<number, string>>(); // font object id → code → text
  for (const [id, body] of objects) {
    const ref = /\/Subtype \/Type0[\s\S]*\/ToUnicode (\d+) 0 R/.exec(body)?.[1];
    if (!ref) continue;
    const cmap = new Map<number, string>();
    for (const r of (objects.get(ref) ?? '').matchAll(/<([0-9a-f]{4})> <([0-9a-f]{4})> \[([^\]]*)\]/g)) {
      const start = parseInt(r[1] as string, 16);
      // An entry may map one glyph to several characters (a ligature: <0066 0069> is "fi").
      [...(r[3] as string).matchAll(/<([0-9a-f ]+)>/g)].forEach((u, i) => cmap.set(start + i, Buffer.from((u[1] as string).replaceAll(' ', ''), 'hex').swap16().toString('utf16le')));
    }
    toUnicode.set(id, cmap);
  }
  const fontNames = new Map<string, string>(); // resource name (F1) → font object id
  for (const body of objects.values()) for (const f of body.matchAll(/\/(F\d+) (\d+) 0 R/g)) fontNames.set(f[1] as string, f[2] as string);
  const lines: string[] = [];
  let font: Map<number, string> | undefined;
  for (const op of raw.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ/g)) {
    if (op[1]) {
      font = toUnicode.get(fontNames.get(op[1]) ?? '');
      continue;
    }
    const hex = [...(op[2] ?? '').matchAll(/<([0-9a-f]*)>/g)].map((h) => h[1]).join('');
    let line = '';
    for (let i = 0; i + 4 <= hex.length; i += 4) line += font?.get(parseInt(hex.slice(i, i + 4), 16)) ?? '\uFFFD';
    lines.push(line);
  }
  return lines;
}
