// GS1 Digital Link URIs (GS1 Digital Link URI Syntax standard, as the GS1 Barcode Syntax
// Engine decodes them): any http(s) domain and path prefix, then a primary key "/01/<GTIN>",
// its key qualifiers "/22/…/10/…/21/…" in the order the dictionary's "dlpkey" attribute gives,
// and data attributes in the query string "?17=270101&3103=000195". The result is the same
// elements the element string of the data would give.
import { aiLabel, lookupAi, type AiDefinition } from './ai-definitions';
import { firstBadDomainChar, firstNonUriChar, percentDecode, splitUri, type UriPart } from './digital-link-uri';
import type { ElementsResult, Gs1Element } from './element-string';
import { decodeError, showChar, type DecodeError } from './errors';
import type { LintContext } from './linters';
import { identityLocate, validateAiValue, type Locate } from './validate-value';

type Failure = { ok: false; error: DecodeError };

const keyOf = (text: string): AiDefinition | undefined => (/^[0-9]{2,4}$/.test(text) ? lookupAi(text) : undefined);
const isPrimaryKey = (text: string): boolean => keyOf(text)?.dlQualifiers != null;

/** True when `data` is an http(s) URI whose path holds a GS1 Digital Link primary key AI. */
export function looksLikeDigitalLink(data: string): boolean {
  const parts = splitUri(data);
  return parts !== null && parts.segments.some((s) => isPrimaryKey(s.text));
}

/**
 * -1 when the key qualifiers are a sequence the primary key allows (a subsequence, in order, of
 * one "|" alternative), else the index of the first qualifier no alternative can take.
 */
function qualifierProblem(key: AiDefinition, qualifiers: readonly string[]): number {
  let best = -1;
  for (const allowed of key.dlQualifiers ?? []) {
    let next = 0;
    let i = 0;
    for (; i < qualifiers.length; i++) {
      const found = allowed.indexOf(qualifiers[i] as string, next);
      if (found < 0) break;
      next = found + 1;
    }
    if (i === qualifiers.length) return -1;
    best = Math.max(best, i);
  }
  return Math.max(best, 0);
}

function allowedPaths(key: AiDefinition): string {
  return (key.dlQualifiers ?? [])
    .map((seq) => `/${key.ai}/…${seq.map((q) => `[/${q}/…]`).join('')}`)
    .join(' or ');
}

/** Finds the primary key: the last "/AI/value" pair of the path reached through AI/value pairs. */
function findRoot(segments: readonly UriPart[], locate: Locate): number | Failure {
  for (let i = segments.length - 1; i >= 1; i -= 2) {
    const def = keyOf((segments[i - 1] as UriPart).text);
    if (!def) break;
    if (def.dlQualifiers) return i - 1;
  }
  // Say what is wrong after the last primary key AI of the path.
  const k = segments.findLastIndex((s) => isPrimaryKey(s.text));
  for (let j = k; j < segments.length; j += 2) {
    const seg = segments[j] as UriPart;
    if (j > k && !keyOf(seg.text)) {
      return fail(`GS1 Digital Link path: segment "${seg.text}" after the primary key is not a GS1 Application Identifier`, locate(seg.at));
    }
    if (j + 1 >= segments.length) return fail(`GS1 Digital Link path: AI (${seg.text}) has no value`, locate(seg.at));
    const value = segments[j + 1] as UriPart;
    if (value.text === '') {
      return { ok: false, error: decodeError('empty_element', `GS1 Digital Link path: AI (${seg.text}) has an empty value`, locate(value.at)) };
    }
  }
  return fail('GS1 Digital Link path: no primary key AI followed by its value');
}

function fail(message: string, position?: number): Failure {
  return { ok: false, error: decodeError('bad_digital_link', message, position) };
}

/** Decodes one path or query value and checks it as the AI's value. */
function element(def: AiDefinition, raw: UriPart, inQuery: boolean, ctx: LintContext, locate: Locate): Gs1Element | Failure {
  const { value: decoded, index } = percentDecode(raw.text, inQuery);
  let value = decoded;
  let at = (i: number): number => locate(raw.at + (index[i] ?? raw.text.length));
  if (def.ai === '01' && /^[0-9]{8}$|^[0-9]{12,13}$/.test(value)) {
    // A GTIN-8, -12 or -13 written without the leading zeros of its GTIN-14 form.
    const pad = 14 - value.length;
    const inner = at;
    value = '0'.repeat(pad) + value;
    at = (i) => inner(Math.max(0, i - pad));
  }
  if (value.includes('\0')) return fail(`${aiLabel(def)}: the decoded value holds a NUL character`, at(value.indexOf('\0')));
  const error = validateAiValue(def, value, ctx, at);
  return error ? { ok: false, error } : { ai: def.ai, value };
}

/**
 * Parses a GS1 Digital Link URI into elements; null when `uri` is no Digital Link (not an
 * http(s) URI, or no primary key AI in its path). `locate` maps an index in `uri` to the
 * position in the raw scan.
 */
export function parseDigitalLink(uri: string, ctx: LintContext, locate: Locate = identityLocate): ElementsResult | null {
  const parts = splitUri(uri);
  if (!parts || !parts.segments.some((s) => isPrimaryKey(s.text))) return null;
  const badChar = firstNonUriChar(uri);
  if (badChar >= 0) return fail(`GS1 Digital Link: character ${showChar(uri.charAt(badChar))} is not allowed in a URI`, locate(badChar));
  const { domain, segments, params } = parts;
  if (domain.text === '') return fail('GS1 Digital Link: the URI has no domain name', locate(domain.at));
  const badDomain = firstBadDomainChar(domain.text);
  if (badDomain >= 0) {
    return fail(`GS1 Digital Link: character "${domain.text.charAt(badDomain)}" is not allowed in a domain name`, locate(domain.at + badDomain));
  }
  const last = segments[segments.length - 1] as UriPart;
  if (last.text === '' && segments.length > 1) return fail('GS1 Digital Link path: it must not end with "/"', locate(last.at - 1));

  const root = findRoot(segments, locate);
  if (typeof root !== 'number') return root;
  const elements: Gs1Element[] = [];
  const positions: number[] = [];
  const add = (keySeg: UriPart, def: AiDefinition, raw: UriPart, inQuery: boolean): Failure | null => {
    const el = element(def, raw, inQuery, ctx, locate);
    if ('ok' in el) return el;
    const twice = elements.findIndex((e) => e.ai === el.ai);
    if (twice >= 0) return { ok: false, error: decodeError('duplicate_ai', `AI (${el.ai}) appears twice in the GS1 Digital Link`, locate(keySeg.at)) };
    elements.push(el);
    positions.push(locate(keySeg.at));
    return null;
  };

  const key = keyOf((segments[root] as UriPart).text) as AiDefinition;
  for (let i = root; i < segments.length; i += 2) {
    const aiSeg = segments[i] as UriPart;
    const problem = add(aiSeg, keyOf(aiSeg.text) as AiDefinition, segments[i + 1] as UriPart, false);
    if (problem) return problem;
  }
  const qualifiers = elements.slice(1).map((e) => e.ai);
  const wrong = qualifierProblem(key, qualifiers);
  if (wrong >= 0) {
    return fail(
      `GS1 Digital Link path: AI (${qualifiers[wrong]}) cannot follow here; a path with ${aiLabel(key)} is ${allowedPaths(key)}`,
      positions[wrong + 1],
    );
  }

  for (const { key: name, value } of params) {
    // Parameters without a value, or not numeric (linkType=…, a site's own), are not GS1 data.
    if (value === null || !/^[0-9]+$/.test(name.text)) continue;
    const def = lookupAi(name.text);
    if (!def) return { ok: false, error: decodeError('unknown_ai', `unknown AI (${name.text}) in the GS1 Digital Link query string`, locate(name.at)) };
    if (!def.dlDataAttribute) {
      return fail(`GS1 Digital Link query string: ${aiLabel(def)} is not allowed as a data attribute`, locate(name.at));
    }
    if (fitsPath(key, qualifiers, def.ai)) {
      return fail(`GS1 Digital Link query string: ${aiLabel(def)} qualifies ${aiLabel(key)} and belongs in the path`, locate(name.at));
    }
    const problem = add(name, def, value, true);
    if (problem) return problem;
  }
  return { ok: true, elements, positions };
}

/** The AI could be inserted into the path's qualifiers and still give a valid sequence. */
function fitsPath(key: AiDefinition, qualifiers: readonly string[], ai: string): boolean {
  for (let i = 0; i <= qualifiers.length; i++) {
    if (qualifierProblem(key, [...qualifiers.slice(0, i), ai, ...qualifiers.slice(i)]) < 0) return true;
  }
  return false;
}
