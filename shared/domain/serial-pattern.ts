import { RE2JS } from 're2js';

/**
 * A product's serial pattern runs on RE2 (re2js, pure JS): matching takes time linear in the
 * serial's length whatever the pattern, so no pattern a client saves can stall the station
 * (JavaScript's backtracking engine needs minutes for `(a+)+b` on 40 × `a`). RE2 has no
 * look-around or back-references; such patterns are refused when the product is saved.
 */

/** Compiled programs above this many instructions are refused as too complex (`.{999}` is ~1,000). */
export const MAX_PATTERN_PROGRAM = 2000;

export type CompiledSerialPattern = { ok: true; matches(value: string): boolean } | { ok: false; reason: string };

const cache = new Map<string, CompiledSerialPattern>();
const CACHE_LIMIT = 500;

/** Compiles a serial pattern (anchored to the whole value), or says in words why it cannot be used. */
export function compileSerialPattern(pattern: string): CompiledSerialPattern {
  let compiled = cache.get(pattern);
  if (compiled) return compiled;
  compiled = compile(pattern);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(pattern, compiled);
  return compiled;
}

function compile(pattern: string): CompiledSerialPattern {
  let re: RE2JS;
  try {
    re = RE2JS.compile(`^(?:${pattern})$`);
  } catch (err) {
    const detail = err instanceof Error ? err.message.replace(/^error parsing regexp: /, '') : String(err);
    const hint = /Perl syntax|escape/.test(detail) ? '; look-ahead, look-behind and back-references are not supported' : '';
    return { ok: false, reason: `cannot be used as a serial pattern (${detail})${hint}` };
  }
  const size = re.programSize();
  if (size > MAX_PATTERN_PROGRAM) {
    return { ok: false, reason: `is too complex to check serials with (${size} steps; at most ${MAX_PATTERN_PROGRAM})` };
  }
  return { ok: true, matches: (value) => re.matches(value) };
}
