/**
 * The campaign catalog's schema: every field of every campaign is checked before the catalog is
 * used, and a bad catalog is refused as a whole with a message naming each bad field.
 */
import type { Campaign, CampaignTarget, Catalog, Localized, NotApplicableReason, PlatformInfo, Source } from '../domain/types';
import { LOCALES } from '../domain/types';
import {
  array,
  boolean,
  check,
  isoInstant,
  nullable,
  number,
  object,
  oneOf,
  optional,
  refine,
  string,
  type Checked,
  type Schema,
} from '../validate';
import { hostMatches, hostPatternProblem } from './host-pattern';
import { patternProblem } from './safe-pattern';
import { readHttpsUrl } from './strict-url';

/** A text in every language the app speaks; English is required, the others optional. */
function localized<T>(value: Schema<T>): Schema<Localized<T>> {
  const others = LOCALES.filter((locale) => locale !== 'en');
  const shape = Object.fromEntries([['en', value], ...others.map((locale) => [locale, optional(value)])]) as Record<
    string,
    Schema<T> | ReturnType<typeof optional<T>>
  >;
  return object(shape) as unknown as Schema<Localized<T>>;
}

const text = (): Schema<string> => string({ max: 2_000 });

const httpsUrl = (): Schema<string> =>
  refine(string({ max: 2_000 }), (value) => {
    const url = readHttpsUrl(value);
    if (url.kind === 'refused') return `must be a plain https:// address (it ${url.reason})`;
    return url.href === value ? null : `must be written in canonical form: ${url.href}`;
  });

const pattern = (): Schema<string> => refine(string({ max: 300 }), patternProblem);
const patterns = (): Schema<readonly string[]> => array(pattern(), { max: 50 });
const hostPattern = (): Schema<string> => refine(string({ max: 253 }), hostPatternProblem);

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const id = (what: string): Schema<string> =>
  string({ max: 64, pattern: ID, patternMessage: `must be a lower-case ${what} id like meta-ai-training-eu-2025` });
const day = (): Schema<string> =>
  refine(string({ max: 10, pattern: /^\d{4}-\d{2}-\d{2}$/, patternMessage: 'must be a date like 2025-05-27' }), (value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? null : 'must be a real calendar date';
  });

/** A mail domain: a plain lower-case host name, no wildcard (subdomains match by rule, not by pattern). */
const mailDomain = (): Schema<string> =>
  refine(string({ max: 253 }), (value) =>
    value.startsWith('*.') ? 'must be a domain like facebookmail.com, without a wildcard' : hostPatternProblem(value),
  );

const platform: Schema<PlatformInfo> = object({
  id: id('platform'),
  name: string({ min: 1, max: 60 }),
  company: string({ min: 1, max: 60 }),
  accountsCenter: boolean(),
  emailSenders: array(mailDomain(), { max: 20 }),
});

const source: Schema<Source> = object({
  title: string({ min: 1, max: 300 }),
  url: optional(httpsUrl()),
  publication: optional(string({ min: 1, max: 200 })),
  date: day(),
});

const notApplicableReason: Schema<NotApplicableReason> = object({ id: id('reason'), text: localized(text()) });

const IANA_ZONE = /^(UTC|[A-Z][A-Za-z_-]{1,30}(\/[A-Z0-9][A-Za-z0-9_+-]{0,30}){1,2})$/;

const deadline = object({
  instant: isoInstant(),
  zone: string({ max: 64, pattern: IANA_ZONE, patternMessage: 'must be an IANA time zone like Europe/Paris' }),
  sourceText: text(),
  sourceUrl: optional(httpsUrl()),
});

const confirmation = object({
  textPatterns: localized(patterns()),
  notYetPatterns: localized(patterns()),
  urlPatterns: patterns(),
});

const targetShape = object({
  id: id('target'),
  platform: id('platform'),
  mechanism: oneOf(['form', 'toggle'] as const),
  role: oneOf(['main', 'extra'] as const),
  title: optional(localized(text())),
  description: optional(localized(text())),
  opensIn: oneOf(['embedded', 'browser'] as const),
  checkedAt: day(),
  sources: array(source, { min: 1, max: 30 }),
  notApplicableReasons: refine(array(notApplicableReason, { max: 20 }), (reasons) =>
    duplicate(
      reasons.map((reason) => reason.id),
      'reason id',
    ),
  ),
  recheckDays: nullable(number({ integer: true, min: 1, max: 3650 })),
  followUpDays: number({ integer: true, min: 1, max: 365 }),
  optional: boolean(),
  entryUrls: array(httpsUrl(), { min: 1, max: 20 }),
  privacyCenterUrls: array(httpsUrl(), { max: 20 }),
  allowedHosts: array(hostPattern(), { min: 1, max: 100 }),
  loginUrlPatterns: patterns(),
  unavailablePatterns: localized(patterns()),
  confirmation,
  objectionText: localized(text()),
  manualPath: localized(text()),
  settingLabel: optional(localized(text())),
});

/**
 * Every page the target opens must be on one of its own allowed hosts, or the view could not load
 * it; an extra target says what it is.
 */
const target: Schema<CampaignTarget> = refine(targetShape, (value) => {
  const outside = [...value.entryUrls, ...value.privacyCenterUrls].filter((raw) => {
    const url = readHttpsUrl(raw);
    return url.kind !== 'https' || !value.allowedHosts.some((host) => hostMatches(url.hostname, host));
  });
  if (outside.length > 0) return `opens pages outside its allowedHosts: ${outside.join(', ')}`;
  if (value.role === 'extra' && (value.title === undefined || value.description === undefined))
    return 'is an extra target: it needs a title and a description';
  if (value.role === 'main' && value.id !== value.platform)
    return `is the main target on ${value.platform}: its id must be "${value.platform}"`;
  return null;
});

const campaign: Schema<Campaign> = object({
  id: id('campaign'),
  title: localized(text()),
  summary: localized(text()),
  deadline: nullable(deadline),
  afterDeadline: localized(text()),
  groupCoverage: boolean(),
  targets: refine(
    array(target, { min: 1, max: 20 }),
    (targets) =>
      duplicate(
        targets.map((t) => t.id),
        'target id',
      ) ??
      duplicate(
        targets.filter((t) => t.role === 'main').map((t) => t.platform),
        'main target on the platform',
      ) ??
      orphanExtras(targets),
  ),
});

/** An extra target stands beside its platform's main target, never alone. */
function orphanExtras(targets: readonly CampaignTarget[]): string | null {
  const mains = new Set(targets.filter((t) => t.role === 'main').map((t) => t.platform));
  const orphan = targets.find((t) => t.role === 'extra' && !mains.has(t.platform));
  return orphan === undefined ? null : `has the extra target "${orphan.id}" without a main target on ${orphan.platform}`;
}

function duplicate(values: readonly string[], what: string): string | null {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) return `has the ${what} "${value}" more than once`;
    seen.add(value);
  }
  return null;
}

/** The schema of the whole catalog: shapes, unique ids, and every target on a known platform. */
export const catalogSchema: Schema<Catalog> = refine(
  object({
    version: number({ integer: true, min: 1 }),
    publishedAt: isoInstant(),
    platforms: refine(array(platform, { min: 1, max: 200 }), (platforms) =>
      duplicate(
        platforms.map((p) => p.id),
        'platform id',
      ),
    ),
    campaigns: refine(array(campaign, { min: 1, max: 200 }), (campaigns) =>
      duplicate(
        campaigns.map((c) => c.id),
        'id',
      ),
    ),
  }),
  (catalog) => {
    const known = new Set(catalog.platforms.map((p) => p.id));
    const unknown = catalog.campaigns.flatMap((c) => c.targets.filter((t) => !known.has(t.platform)).map((t) => `${c.id}/${t.id}`));
    return unknown.length === 0 ? null : `has targets on platforms it does not list: ${unknown.join(', ')}`;
  },
);

/** Checks a catalog read from JSON: the clean catalog, or every problem found. Never throws. */
export function loadCatalog(json: unknown): Checked<Catalog> {
  return check(catalogSchema, json);
}
