/**
 * A strict reading of an https URL, shared by the catalog schema and the navigation policy.
 *
 * The WHATWG parser (the one Chromium navigates with) decides the host; on top of it we refuse every
 * form that parser would silently "repair" into something else: whitespace and control characters,
 * backslashes, user names and passwords (even empty ones), percent-encoded or non-ASCII hosts, ports
 * other than 443, trailing dots, empty labels and IP addresses.
 */

/** The parts of a WHATWG URL we read. `src/shared` has no DOM or Node types, so we declare them. */
interface WhatwgUrl {
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly hostname: string;
  readonly port: string;
  readonly href: string;
}

const WhatwgUrlClass = (globalThis as unknown as { readonly URL: new (input: string) => WhatwgUrl }).URL;

/** Longest URL accepted (login redirects carry long parameters, but not this long). */
export const MAX_URL_LENGTH = 16_384;

/** A URL that passed every check: canonical href and lower-case ASCII host name. */
export type StrictUrl =
  { readonly kind: 'https'; readonly href: string; readonly hostname: string } | { readonly kind: 'refused'; readonly reason: string };

const refused = (reason: string): StrictUrl => ({ kind: 'refused', reason });

function hasControlCharacter(raw: string): boolean {
  for (let i = 0; i < raw.length; i += 1) {
    const code = raw.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Reads `raw` as a strict https URL, or says why it is refused. Never throws. */
export function readHttpsUrl(raw: string): StrictUrl {
  if (raw.length === 0 || raw.length > MAX_URL_LENGTH) return refused('has no usable length');
  if (/[\s\\]/u.test(raw) || hasControlCharacter(raw)) return refused('contains spaces, control characters or backslashes');
  const scheme = /^([a-z][a-z0-9+.-]{0,30}):/i.exec(raw);
  if (scheme === null) return refused('has no scheme');
  if (scheme[1]?.toLowerCase() !== 'https' || raw.slice(6, 8) !== '//') return refused('is not an https:// address');
  const authority = raw.slice(8).split(/[/?#]/, 1)[0] ?? '';
  if (authority === '') return refused('has no host');
  if (authority.includes('@')) return refused('carries a user name or password');
  if (/[^a-z0-9.:\-[\]]/i.test(authority)) return refused('has an encoded or non-ASCII host');
  let url: WhatwgUrl;
  try {
    url = new WhatwgUrlClass(raw);
  } catch {
    return refused('is not a well-formed address');
  }
  if (url.protocol !== 'https:') return refused('is not an https:// address');
  if (url.username !== '' || url.password !== '') return refused('carries a user name or password');
  if (url.port !== '') return refused('uses a port other than 443');
  const host = url.hostname;
  if (host.endsWith('.') || host.startsWith('.') || host.includes('..')) return refused('has an empty label or a trailing dot');
  if (host.startsWith('[') || /^[\d.]+$/.test(host) || !host.includes('.')) return refused('is an IP address or a local name');
  return { kind: 'https', href: url.href, hostname: host };
}
