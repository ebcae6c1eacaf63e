/**
 * A page's address without its query and fragment: what the catalog's expected paths are matched
 * against, and the only form of a URL a drift report ever carries (queries hold tokens, ids and
 * tracking; fragments hold state).
 */
import { readHttpsUrl } from './strict-url';

/** `https://host/path` of a strict https URL, or null for anything else. Never throws. */
export function pageAddress(raw: string): string | null {
  const url = readHttpsUrl(raw);
  if (url.kind !== 'https') return null;
  return url.href.split(/[?#]/, 1)[0] ?? null;
}

/**
 * `scheme://host[:port]/path` of any http(s) URL (the e2e fixtures are http), without user
 * name, password, query or fragment; '' when `raw` is not an http(s) URL. Never throws.
 */
export function withoutQuery(raw: string): string {
  const strict = pageAddress(raw);
  if (strict !== null) return strict;
  const match = /^(https?):\/\/(?:[^/?#@]*@)?([^/?#@]{1,255})([^?#]{0,2000})/i.exec(raw);
  if (match === null) return '';
  const [, scheme = '', host = '', path = ''] = match;
  return `${scheme.toLowerCase()}://${host.toLowerCase()}${path === '' ? '/' : path}`;
}
