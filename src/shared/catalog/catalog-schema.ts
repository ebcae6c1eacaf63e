/**
 * The campaign catalog's schema: every field of every campaign is checked before the catalog is
 * used, and a bad catalog is refused as a whole with a message naming each bad field.
 */
import type { Campaign, CampaignTarget, Catalog, Localized } from '../domain/types';
import { LOCALES, PLATFORMS } from '../domain/types';
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
  platform: oneOf(PLATFORMS),
  mechanism: oneOf(['form', 'toggle'] as const),
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

/** Every page the target opens must be on one of its own allowed hosts, or the view could not load it. */
const target: Schema<CampaignTarget> = refine(targetShape, (value) => {
  const outside = [...value.entryUrls, ...value.privacyCenterUrls].filter((raw) => {
    const url = readHttpsUrl(raw);
    return url.kind !== 'https' || !value.allowedHosts.some((host) => hostMatches(url.hostname, host));
  });
  return outside.length === 0 ? null : `opens pages outside its allowedHosts: ${outside.join(', ')}`;
});

const campaign: Schema<Campaign> = object({
  id: string({ max: 64, pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/, patternMessage: 'must be a lower-case id like meta-ai-training-eu-2025' }),
  title: localized(text()),
  summary: localized(text()),
  deadline: nullable(deadline),
  afterDeadline: localized(text()),
  groupCoverage: boolean(),
  targets: refine(array(target, { min: 1, max: 20 }), (targets) =>
    duplicate(
      targets.map((t) => t.platform),
      'platform',
    ),
  ),
});

function duplicate(values: readonly string[], what: string): string | null {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) return `has the ${what} "${value}" more than once`;
    seen.add(value);
  }
  return null;
}

/** The schema of the whole catalog. */
export const catalogSchema: Schema<Catalog> = object({
  version: number({ integer: true, min: 1 }),
  campaigns: refine(array(campaign, { min: 1, max: 200 }), (campaigns) =>
    duplicate(
      campaigns.map((c) => c.id),
      'id',
    ),
  ),
});

/** Checks a catalog read from JSON: the clean catalog, or every problem found. Never throws. */
export function loadCatalog(json: unknown): Checked<Catalog> {
  return check(catalogSchema, json);
}
