/**
 * The navigation policy of an account view (design.md §5): one pure function decides, by parsed
 * scheme and host name, whether a URL may load inside the view, should open in the person's own
 * browser, or is refused. Never by substring: "facebook.com.evil.example" is not facebook.com.
 */
import { builtInCatalog } from '../catalog/index';
import { hostMatches, siteOf } from '../catalog/host-pattern';
import { readHttpsUrl } from '../catalog/strict-url';
import { PATTERN_FLAGS } from '../catalog/safe-pattern';
import type { Catalog, Platform } from './types';

/** What an account view does with a URL. */
export type NavigationVerdict = 'allow' | 'open-external' | 'block';

/** Brand names shorter than this ("x") are too common to spot look-alikes by. */
const MIN_BRAND_LENGTH = 4;

interface Policy {
  readonly allowed: ReadonlyMap<Platform, readonly string[]>;
  readonly login: ReadonlyMap<Platform, readonly RegExp[]>;
  /** Sites the catalog's platforms really own, e.g. "facebook.com", "fbcdn.net". */
  readonly sites: ReadonlySet<string>;
  /** Their first labels, e.g. "facebook": a host carrying one on another site is a look-alike. */
  readonly brands: readonly string[];
}

const policies = new WeakMap<Catalog, Policy>();

/** The list under `key`, created empty the first time. */
function listOf<T>(map: Map<Platform, T[]>, key: Platform): T[] {
  let list = map.get(key);
  if (list === undefined) {
    // Stryker disable next-line ArrayDeclaration: a list that starts with a stray entry is caught for login patterns (not a RegExp) and can never match a host name (it has spaces): equivalent for hosts.
    list = [];
    map.set(key, list);
  }
  return list;
}

function policyOf(catalog: Catalog): Policy {
  const cached = policies.get(catalog);
  // Stryker disable next-line ConditionalExpression: a cache; rebuilding the same policy on every call gives the same answers (equivalent).
  if (cached !== undefined) return cached;
  const allowed = new Map<Platform, string[]>();
  const login = new Map<Platform, RegExp[]>();
  const sites = new Set<string>();
  for (const campaign of catalog.campaigns) {
    for (const target of campaign.targets) {
      listOf(allowed, target.platform).push(...target.allowedHosts);
      listOf(login, target.platform).push(...target.loginUrlPatterns.map((p) => new RegExp(p, PATTERN_FLAGS)));
      for (const host of target.allowedHosts) sites.add(siteOf(host));
    }
  }
  // Stryker disable next-line StringLiteral: split() always has a first element; the fallback is never used (equivalent).
  const brands = [...sites].map((site) => site.split('.')[0] ?? '').filter((brand) => brand.length >= MIN_BRAND_LENGTH);
  const policy: Policy = { allowed, login, sites, brands };
  // Stryker disable next-line all: the cache again (without it, only slower: equivalent).
  policies.set(catalog, policy);
  return policy;
}

/** A host that borrows a brand name without being on that brand's site, or a punycode host. */
function isLookAlike(hostname: string, policy: Policy): boolean {
  if (policy.sites.has(siteOf(hostname))) return false;
  if (hostname.split('.').some((label) => label.startsWith('xn--'))) return true;
  const squashed = hostname.replace(/[.-]/g, '');
  return policy.brands.some((brand) => squashed.includes(brand));
}

/**
 * Whether an account view on `platform` may load `url`: `allow` only for https on one of that
 * platform's allowed hosts; `open-external` for other plain https URLs; `block` for every other
 * scheme, credentials in the URL, odd ports, malformed input and look-alike or punycode hosts.
 */
export function navigationVerdict(url: string, platform: Platform, catalog: Catalog = builtInCatalog()): NavigationVerdict {
  const parsed = readHttpsUrl(url);
  return parsed.kind === 'refused' ? 'block' : verdictOf(parsed.hostname, platform, policyOf(catalog));
}

function verdictOf(hostname: string, platform: Platform, policy: Policy): NavigationVerdict {
  // Stryker disable next-line ArrayDeclaration: a platform the catalog does not name has no hosts; a stray entry (with spaces) matches no host name either (equivalent).
  const hosts = policy.allowed.get(platform) ?? [];
  if (hosts.some((pattern) => hostMatches(hostname, pattern))) return 'allow';
  return isLookAlike(hostname, policy) ? 'block' : 'open-external';
}

/** Whether `url` is one of the platform's login or 2FA pages (popups to these stay in the account's session). */
export function isLoginUrl(url: string, platform: Platform, catalog: Catalog = builtInCatalog()): boolean {
  const parsed = readHttpsUrl(url);
  if (parsed.kind === 'refused') return false;
  const policy = policyOf(catalog);
  if (verdictOf(parsed.hostname, platform, policy) !== 'allow') return false;
  // A platform with an allowed host always has a (maybe empty) list of login patterns.
  // Stryker disable next-line ArrayDeclaration: so the fallback is never used (equivalent).
  return (policy.login.get(platform) ?? []).some((pattern) => pattern.test(parsed.href));
}
