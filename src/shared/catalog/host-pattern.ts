/**
 * Host patterns of the catalog's allow-lists: an exact host name ("www.facebook.com") or a wildcard
 * ("*.fbcdn.net") that matches any host with at least one more label in front of the suffix
 * ("static.xx.fbcdn.net", never "fbcdn.net" itself nor "evilfbcdn.net").
 */

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOST = new RegExp(`^${LABEL}(?:\\.${LABEL}){1,10}$`);

/** Why `pattern` is not a valid host pattern, or null when it is. */
export function hostPatternProblem(pattern: string): string | null {
  const host = pattern.startsWith('*.') ? pattern.slice(2) : pattern;
  if (pattern.startsWith('*.') && !host.includes('.')) return 'a wildcard must keep at least two labels, like "*.fbcdn.net"';
  if (!HOST.test(host)) return 'must be a lower-case host name like "www.facebook.com" or a wildcard like "*.fbcdn.net"';
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return 'must be a host name, not an IP address';
  return null;
}

/** Whether a canonical (lower-case, ASCII) host name matches the pattern, at a label boundary. */
export function hostMatches(hostname: string, pattern: string): boolean {
  if (!pattern.startsWith('*.')) return hostname === pattern;
  const suffix = pattern.slice(1); // ".fbcdn.net"
  if (!hostname.endsWith(suffix)) return false;
  const prefix = hostname.slice(0, hostname.length - suffix.length);
  return prefix.length > 0 && !prefix.startsWith('.') && !prefix.endsWith('.') && !prefix.includes('..');
}

/** Whether `hostname` is a real host name (lower-case ASCII labels, at least two, no IP address). */
export function isHostName(hostname: string): boolean {
  return !hostname.startsWith('*.') && hostPatternProblem(hostname) === null;
}

/**
 * Whether `hostname` is `domain` itself or one of its subdomains ("mail.facebookmail.com" is within
 * "facebookmail.com"; "evilfacebookmail.com" and "facebookmail.com.evil.example" are not): the
 * same label-boundary rule as the wildcard patterns.
 */
export function isWithinDomain(hostname: string, domain: string): boolean {
  return isHostName(hostname) && (hostMatches(hostname, domain) || hostMatches(hostname, `*.${domain}`));
}

/** The last two labels of a host pattern ("facebook.com" for "*.www.facebook.com"): the brand's site. */
export function siteOf(hostname: string): string {
  const labels = hostname.replace(/^\*\./, '').split('.');
  return labels.slice(-2).join('.');
}
