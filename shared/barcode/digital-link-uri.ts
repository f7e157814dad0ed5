// The URI syntax under a GS1 Digital Link (RFC 3986 as the GS1 Digital Link URI Syntax standard
// uses it): "http(s)://" + domain + path "/seg/seg..." + optional "?query" + optional "#fragment".
// Only splitting and percent-decoding here; what the segments mean is digital-link.ts's job.

/** A piece of the URI with the index of its first character in the URI. */
export interface UriPart {
  text: string;
  at: number;
}

export interface QueryParam {
  key: UriPart;
  /** null when the parameter has no "=". */
  value: UriPart | null;
}

export interface UriParts {
  domain: UriPart;
  /** Path segments after the domain; the first one follows the first "/". */
  segments: UriPart[];
  params: QueryParam[];
}

/** Unreserved and reserved characters of RFC 3986, and "%" of percent-encoding. */
const URI_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]$/;
/** URI characters that have no place in a domain (host and port). */
const NOT_IN_DOMAIN = /[_~?#@!$&'()*+,;=%]/;

export const SCHEME = /^https?:\/\//i;

/** Index of the first character that may not appear in a URI, or -1. */
export function firstNonUriChar(uri: string): number {
  for (let i = 0; i < uri.length; i++) if (!URI_CHARS.test(uri.charAt(i))) return i;
  return -1;
}

/** Index of the first character a domain may not hold, or -1. */
export function firstBadDomainChar(domain: string): number {
  return domain.search(NOT_IN_DOMAIN);
}

function splitAt(text: string, at: number, separator: string): UriPart[] {
  const parts: UriPart[] = [];
  let start = 0;
  for (;;) {
    const next = text.indexOf(separator, start);
    const end = next < 0 ? text.length : next;
    parts.push({ text: text.slice(start, end), at: at + start });
    if (next < 0) return parts;
    start = next + 1;
  }
}

/** Splits an http(s) URI with a path; null when it is no such URI. */
export function splitUri(uri: string): UriParts | null {
  const scheme = SCHEME.exec(uri);
  if (!scheme) return null;
  const hostStart = scheme[0].length;
  const hostEnd = uri.slice(hostStart).search(/[/?#]/);
  if (hostEnd < 0 || uri.charAt(hostStart + hostEnd) !== '/') return null;
  const pathStart = hostStart + hostEnd;
  const fragment = uri.indexOf('#', pathStart);
  const end = fragment < 0 ? uri.length : fragment;
  const query = uri.indexOf('?', pathStart);
  const pathEnd = query >= 0 && query < end ? query : end;
  const params =
    pathEnd < end
      ? splitAt(uri.slice(pathEnd + 1, end), pathEnd + 1, '&')
          .filter((p) => p.text !== '')
          .map((p): QueryParam => {
            const eq = p.text.indexOf('=');
            if (eq < 0) return { key: p, value: null };
            return { key: { text: p.text.slice(0, eq), at: p.at }, value: { text: p.text.slice(eq + 1), at: p.at + eq + 1 } };
          })
      : [];
  return {
    domain: { text: uri.slice(hostStart, pathStart), at: hostStart },
    segments: splitAt(uri.slice(pathStart + 1, pathEnd), pathStart + 1, '/'),
    params,
  };
}

function hex(c: string): number {
  return /^[0-9A-Fa-f]$/.test(c) ? parseInt(c, 16) : -1;
}

/**
 * Reverses percent-encoding ("%2F" → "/"; in a query value "+" is a space too). A "%" without
 * two hex digits stays as it is. `index[i]` is the index in `text` of decoded character i.
 * Each encoded byte becomes one character: GS1 data is ASCII, so any byte above 0x7F is
 * refused later by the AI's character set.
 */
export function percentDecode(text: string, inQuery: boolean): { value: string; index: number[] } {
  let value = '';
  const index: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    index.push(i);
    const hi = c === '%' ? hex(text.charAt(i + 1)) : -1;
    const lo = hi >= 0 ? hex(text.charAt(i + 2)) : -1;
    if (lo >= 0) {
      value += String.fromCharCode(hi * 16 + lo);
      i += 2;
    } else {
      value += inQuery && c === '+' ? ' ' : c;
    }
  }
  return { value, index };
}
