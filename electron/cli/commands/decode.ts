// `scanbay decode`: one raw scan per stdin line (GS is the byte 0x1D) → one JSON object per line.
import { once } from 'node:events';
import type { Command } from 'commander';
import { DEFAULT_MAX_SCAN_LENGTH, decodeScan, formatHri, type DecodeOptions, type ScanDecode } from '../../../shared/barcode';
import { withDataDir } from '../data-dir-option';
import { printJson } from '../io';

export type ScanLine = { line: string } | { tooLongBytes: number };

/**
 * Splits a byte stream into lines (LF, with a trailing CR removed) without holding more than
 * `maxBytes` of one line: a longer line is skipped and reported by its size.
 */
export async function* readScanLines(source: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<ScanLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  const finish = (): ScanLine => {
    const result: ScanLine = overflow
      ? { tooLongBytes: size }
      : { line: Buffer.concat(parts).toString('utf8').replace(/\r$/, '') };
    parts = [];
    size = 0;
    overflow = false;
    return result;
  };
  for await (const chunk of source) {
    const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    for (let nl = buf.indexOf(10, start); nl >= 0; nl = buf.indexOf(10, start)) {
      if (!overflow) parts.push(buf.subarray(start, nl));
      size += nl - start;
      if (size > maxBytes) overflow = true;
      yield finish();
      start = nl + 1;
    }
    size += buf.length - start;
    if (size > maxBytes) {
      overflow = true;
      parts = [];
    } else if (start < buf.length) {
      parts.push(Buffer.from(buf.subarray(start))); // copy: the source may reuse its chunk
    }
  }
  if (size > 0 || overflow) yield finish();
}

export interface DecodeCliOptions extends Pick<DecodeOptions, 'fnc1Substitutes' | 'enforceAssociations'> {
  /** Add `hri`: the human-readable form "(01)…(21)…" of GS1 data (null for other codes). */
  hri?: boolean;
}

function decodeLine(item: ScanLine, opts: DecodeCliOptions): ScanDecode | (ScanDecode & { hri: string | null }) {
  if (!('line' in item)) {
    return {
      ok: false,
      error: { code: 'too_long', message: `the scan is ${item.tooLongBytes} bytes long; at most ${DEFAULT_MAX_SCAN_LENGTH} characters are accepted` },
    };
  }
  const r = decodeScan(item.line, { fnc1Substitutes: opts.fnc1Substitutes ?? [], enforceAssociations: opts.enforceAssociations ?? false });
  return opts.hri && r.ok ? { ...r, hri: r.gs1 ? formatHri(r.elements) : null } : r;
}

/** Decodes every line of `source` to stdout; stops quietly when the reader of stdout goes away. */
export async function decodeStream(source: AsyncIterable<Uint8Array>, opts: DecodeCliOptions = {}): Promise<void> {
  const out = process.stdout;
  let outputError: NodeJS.ErrnoException | null = null;
  const onError = (err: NodeJS.ErrnoException): void => {
    outputError = err;
  };
  out.on('error', onError);
  try {
    // UTF-8 needs at most 4 bytes a character: a line longer than this is too long in any case.
    for await (const item of readScanLines(source, DEFAULT_MAX_SCAN_LENGTH * 4)) {
      if (outputError) break;
      printJson(decodeLine(item, opts));
      if (out.writableNeedDrain) await once(out, 'drain').catch(onError);
    }
  } finally {
    out.off('error', onError);
  }
  const failed = outputError as NodeJS.ErrnoException | null;
  if (failed && failed.code !== 'EPIPE') throw failed;
}

export function register(program: Command): void {
  withDataDir(
    program
      .command('decode')
      .description('decode raw barcode scans from stdin (one per line; GS = byte 0x1D; GS1 Digital Link URIs too) into JSON lines')
      .option(
        '--fnc1 <substitute>',
        'text a wedge scanner sends instead of GS for FNC1, e.g. "<GS>" (repeatable)',
        (value: string, previous: string[]) => [...previous, value],
        [] as string[],
      )
      .option('--hri', 'add "hri": the human-readable form (01)…(21)… of GS1 data')
      .option('--enforce-associations', 'refuse GS1 data missing a required partner AI (as the option barcodes.enforceAssociations)'),
  ).action(async (opts: { fnc1: string[]; hri?: boolean; enforceAssociations?: boolean }) => {
    await decodeStream(process.stdin, { fnc1Substitutes: opts.fnc1, hri: opts.hri === true, enforceAssociations: opts.enforceAssociations === true });
  });
}
