/**
 * The data protection authorities a person can complain to, as data (`authorities.json`): every
 * EEA authority (the EDPB's members), the UK's ICO and Switzerland's FDPIC, each with its country,
 * languages, home page, complaint page when a source gives one, and its sources; and the lead
 * authority of each platform company. Checked against a schema on first use, like the catalog.
 */
import { array, check, nullable, object, oneOf, optional, record, refine, string, type Schema } from '../validate';
import { readHttpsUrl } from '../catalog/strict-url';
import raw from './authorities.json' with { type: 'json' };

/** Where a fact about an authority comes from (in English: the authorities' own pages and the EDPB's list). */
export interface AuthoritySource {
  readonly title: string;
  /** The page, when the source is online. */
  readonly url?: string;
  /** The publisher, e.g. "EDPB". */
  readonly publication?: string;
  /** When the source was seen: YYYY-MM-DD. */
  readonly date: string;
}

/** One authority. */
export interface Authority {
  /** Stable id, stored in `complaint-filed` steps: never changes once shipped. */
  readonly id: string;
  /** ISO 3166-1 alpha-2 country it is the authority of. */
  readonly country: string;
  /** Its own name, in its own language. */
  readonly name: string;
  readonly englishName: string;
  /** ISO 639-1 codes of the languages it takes complaints in. */
  readonly languages: readonly string[];
  readonly region: 'eea' | 'uk' | 'ch';
  readonly homePage: string;
  /** Its complaint form or page, when a source gives one; null: open the home page instead. */
  readonly complaintPage: string | null;
  readonly sources: readonly AuthoritySource[];
}

/** The whole list. */
export interface AuthorityList {
  readonly checkedAt: string;
  readonly about: string;
  readonly leadAuthorities: {
    readonly about: string;
    readonly sources: readonly AuthoritySource[];
    readonly byCompany: Readonly<Record<string, string>>;
  };
  readonly authorities: readonly Authority[];
}

const https = refine(string({ max: 300 }), (value) => (readHttpsUrl(value).kind === 'https' ? null : 'must be an https:// address'));
const date = string({ pattern: /^\d{4}-\d{2}-\d{2}$/, patternMessage: 'must be a date like 2026-12-01' });
const sourceSchema: Schema<AuthoritySource> = object({
  title: string({ max: 300 }),
  url: optional(https),
  publication: optional(string({ max: 200 })),
  date,
});
const id = string({ max: 64, pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/, patternMessage: 'must be an authority id' });

const listSchema: Schema<AuthorityList> = object({
  checkedAt: date,
  about: string({ max: 2000 }),
  leadAuthorities: object({
    about: string({ max: 1000 }),
    sources: array(sourceSchema, { min: 1 }),
    byCompany: record(string({ max: 80 }), id),
  }),
  authorities: array(
    object({
      id,
      country: string({ pattern: /^[A-Z]{2}$/, patternMessage: 'must be a country code like FR' }),
      name: string({ max: 200 }),
      englishName: string({ max: 200 }),
      languages: array(string({ pattern: /^[a-z]{2}$/, patternMessage: 'must be a language code like fr' }), { min: 1 }),
      region: oneOf(['eea', 'uk', 'ch']),
      homePage: https,
      complaintPage: nullable(https),
      sources: array(sourceSchema, { min: 1 }),
    }),
    { min: 1 },
  ),
});

/** Checks an authority list: the schema, unique ids and countries, lead authorities that exist. */
export function loadAuthorities(
  input: unknown,
): { readonly ok: true; readonly value: AuthorityList } | { readonly ok: false; readonly errors: readonly string[] } {
  const checked = check(listSchema, input, 'authorities');
  if (!checked.ok) return checked;
  const list = checked.value;
  const errors: string[] = [];
  const ids = new Set<string>();
  const countries = new Set<string>();
  for (const authority of list.authorities) {
    if (ids.has(authority.id)) errors.push(`authorities: ${authority.id} is listed twice`);
    if (countries.has(authority.country)) errors.push(`authorities: ${authority.country} has two authorities`);
    ids.add(authority.id);
    countries.add(authority.country);
  }
  for (const [company, authorityId] of Object.entries(list.leadAuthorities.byCompany))
    if (!ids.has(authorityId)) errors.push(`leadAuthorities.byCompany.${company}: ${authorityId} is not in the list`);
  return errors.length === 0 ? { ok: true, value: list } : { ok: false, errors };
}

let builtIn: AuthorityList | undefined;

/** The built-in list, checked on first use (an invalid list is a build defect: it throws). */
export function authorityList(): AuthorityList {
  if (builtIn !== undefined) return builtIn;
  const loaded = loadAuthorities(raw);
  if (!loaded.ok) throw new Error(`The built-in authority list is invalid:\n${loaded.errors.join('\n')}`);
  builtIn = loaded.value;
  return builtIn;
}

/** The authority with this id. */
export function authorityById(id: string, list: AuthorityList = authorityList()): Authority | undefined {
  return list.authorities.find((authority) => authority.id === id);
}

/** The authority of a country (ISO alpha-2), if the list has one. */
export function authorityOfCountry(country: string | null, list: AuthorityList = authorityList()): Authority | undefined {
  return country === null ? undefined : list.authorities.find((authority) => authority.country === country);
}

/** The lead authority of a platform company (e.g. "Meta" → the Irish DPC), if the list knows it. */
export function leadAuthorityOf(company: string, list: AuthorityList = authorityList()): Authority | undefined {
  const id = list.leadAuthorities.byCompany[company];
  return id === undefined ? undefined : authorityById(id, list);
}

/** The authorities proposed for a complaint: the company's lead one, then the person's own (once each). */
export function proposedAuthorities(company: string, country: string | null, list: AuthorityList = authorityList()): readonly Authority[] {
  const found = [leadAuthorityOf(company, list), authorityOfCountry(country, list)].filter((authority) => authority !== undefined);
  return found.filter((authority, index) => found.findIndex((other) => other.id === authority.id) === index);
}

/** The page "Open the authority's page" opens: the complaint page, else the home page. */
export function authorityPage(authority: Authority): { readonly url: string; readonly isComplaintPage: boolean } {
  return authority.complaintPage === null
    ? { url: authority.homePage, isComplaintPage: false }
    : { url: authority.complaintPage, isComplaintPage: true };
}
