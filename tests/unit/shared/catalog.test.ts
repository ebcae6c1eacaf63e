import { describe, expect, it } from 'vitest';
import { builtInCatalog, findCampaign, loadCatalog, targetFor } from '../../../src/shared/catalog/index';
import raw from '../../../src/shared/catalog/campaigns.json' with { type: 'json' };
import { LOCALES } from '../../../src/shared/domain/types';

/** The Meta campaign's id, as the catalog spells it. */
const PRIMARY_CAMPAIGN_ID = 'meta-ai-training-eu-2025';

/** A deep, mutable copy of the shipped JSON to break on purpose. */
type Json = Record<string, unknown> & { campaigns: Record<string, unknown>[] };
const copy = (): Json => structuredClone(raw);
const metaFacebook = (json: Json): Record<string, unknown> =>
  (json.campaigns[0] as { targets: Record<string, unknown>[] }).targets[0] ?? {};

describe('the built-in catalog', () => {
  const catalog = builtInCatalog();

  it('validates and is loaded once', () => {
    expect(loadCatalog(raw).ok).toBe(true);
    expect(builtInCatalog()).toBe(catalog);
    expect(catalog.campaigns.map((c) => c.id)).toEqual([
      PRIMARY_CAMPAIGN_ID,
      'linkedin-genai-2025',
      'x-grok-training',
      'quora-llm-training',
      'tumblr-third-party-sharing',
      'wordpress-com-third-party-sharing',
      'substack-ai-training',
      'medium-third-party-training',
      'adobe-content-analysis',
      'google-gemini-activity',
      'pinterest-canvas-training',
    ]);
  });

  it('keeps the Meta deadline as an instant, a zone and the source text', () => {
    const meta = findCampaign(catalog, PRIMARY_CAMPAIGN_ID);
    expect(meta?.deadline).toMatchObject({ instant: '2025-05-26T22:00:00Z', zone: 'Europe/Paris' });
    expect(meta?.deadline?.sourceText).toContain('27 mai 2025');
    expect(findCampaign(catalog, 'linkedin-genai-2025')?.deadline?.instant).toBe('2025-11-03T00:00:00Z');
    expect(findCampaign(catalog, 'x-grok-training')?.deadline).toBeNull();
  });

  it.each([
    [PRIMARY_CAMPAIGN_ID, true],
    ['linkedin-genai-2025', false],
    ['x-grok-training', false],
  ])('%s: group coverage is %s', (id, coverage) => {
    expect(findCampaign(catalog, id)?.groupCoverage).toBe(coverage);
  });

  it.each([
    [PRIMARY_CAMPAIGN_ID, 'facebook', 'form', false, 'https://www.facebook.com/help/contact/6359191084165019'],
    [PRIMARY_CAMPAIGN_ID, 'instagram', 'form', false, 'https://help.instagram.com/contact/233964459562201'],
    [PRIMARY_CAMPAIGN_ID, 'whatsapp', 'form', true, 'https://www.whatsapp.com/contact/forms/382532939919295/'],
    ['linkedin-genai-2025', 'linkedin', 'toggle', false, 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement'],
    ['x-grok-training', 'x', 'toggle', false, 'https://x.com/settings/grok_settings'],
  ] as const)('%s on %s is a %s target (optional: %s) starting at %s', (id, platform, mechanism, optional, entry) => {
    const target = targetFor(catalog, id, platform);
    expect(target).toMatchObject({ platform, mechanism, optional });
    expect(target?.entryUrls[0]).toBe(entry);
  });

  it('has no target where the campaign has none', () => {
    expect(targetFor(catalog, 'x-grok-training', 'facebook')).toBeUndefined();
    expect(targetFor(catalog, 'no-such-campaign', 'facebook')).toBeUndefined();
    expect(findCampaign(catalog, 'no-such-campaign')).toBeUndefined();
  });

  it('orders the Meta fallbacks as domain.md §2 does, with the Privacy Center after them', () => {
    expect(targetFor(catalog, PRIMARY_CAMPAIGN_ID, 'facebook')?.entryUrls).toEqual([
      'https://www.facebook.com/help/contact/6359191084165019',
      'https://www.facebook.com/help/contact/712876720715583',
    ]);
    expect(targetFor(catalog, PRIMARY_CAMPAIGN_ID, 'facebook')?.privacyCenterUrls[0]).toBe('https://www.facebook.com/privacy/genai');
    expect(targetFor(catalog, PRIMARY_CAMPAIGN_ID, 'instagram')?.entryUrls[1]).toBe('https://help.instagram.com/contact/767264225370182');
    expect(targetFor(catalog, PRIMARY_CAMPAIGN_ID, 'instagram')?.privacyCenterUrls).toEqual([
      'https://privacycenter.instagram.com/privacy/genai',
    ]);
  });

  it('speaks every language for every text of every campaign', () => {
    for (const campaign of catalog.campaigns) {
      for (const locale of LOCALES) {
        expect(campaign.title[locale], `${campaign.id} title ${locale}`).toBeTruthy();
        expect(campaign.summary[locale], `${campaign.id} summary ${locale}`).toBeTruthy();
        expect(campaign.afterDeadline[locale], `${campaign.id} afterDeadline ${locale}`).toBeTruthy();
        for (const target of campaign.targets) {
          expect(target.objectionText[locale], `${campaign.id}/${target.platform} objectionText ${locale}`).toBeTruthy();
          expect(target.manualPath[locale], `${campaign.id}/${target.platform} manualPath ${locale}`).toBeTruthy();
          if (target.mechanism === 'toggle') expect(target.settingLabel?.[locale]).toBeTruthy();
        }
      }
    }
  });

  it('has several confirmation, not-yet and unavailable patterns per language for the Meta forms', () => {
    for (const platform of ['facebook', 'instagram'] as const) {
      const target = targetFor(catalog, PRIMARY_CAMPAIGN_ID, platform);
      for (const locale of LOCALES) {
        expect(target?.confirmation.textPatterns[locale]?.length, `${platform} ${locale}`).toBeGreaterThanOrEqual(3);
        expect(target?.confirmation.notYetPatterns[locale]?.length, `${platform} ${locale}`).toBeGreaterThanOrEqual(3);
        expect(target?.unavailablePatterns[locale]?.length, `${platform} ${locale}`).toBeGreaterThanOrEqual(1);
      }
    }
  });
});

describe('loadCatalog refuses a bad catalog as a whole, naming the field', () => {
  const cases: readonly [string, (json: Json) => void, string][] = [
    [
      'an http entry URL',
      (j) => (metaFacebook(j).entryUrls = ['http://www.facebook.com/help/contact/1']),
      'campaigns[0].targets[0].entryUrls[0]: must be a plain https:// address',
    ],
    [
      'credentials in a URL',
      (j) => (metaFacebook(j).privacyCenterUrls = ['https://a:b@www.facebook.com/privacy']),
      'campaigns[0].targets[0].privacyCenterUrls[0]: must be a plain https://',
    ],
    [
      'a URL that is not canonical',
      (j) => (metaFacebook(j).entryUrls = ['https://WWW.facebook.com/help']),
      'must be written in canonical form: https://www.facebook.com/help',
    ],
    [
      'an entry URL outside the allowed hosts',
      (j) => (metaFacebook(j).entryUrls = ['https://evil.example/form']),
      'campaigns[0].targets[0]: opens pages outside its allowedHosts: https://evil.example/form',
    ],
    [
      'a regular expression that does not compile',
      (j) => (metaFacebook(j).loginUrlPatterns = ['(unclosed']),
      'campaigns[0].targets[0].loginUrlPatterns[0]: is not a valid regular expression',
    ],
    [
      'a pattern that could backtrack forever',
      (j) => (metaFacebook(j).confirmation = { textPatterns: { en: ['(a+)+b'] }, notYetPatterns: { en: [] }, urlPatterns: [] }),
      'campaigns[0].targets[0].confirmation.textPatterns.en[0]: must not use unbounded repetition',
    ],
    [
      'a bad host pattern',
      (j) => (metaFacebook(j).allowedHosts = ['*.com', 'www.facebook.com']),
      'campaigns[0].targets[0].allowedHosts[0]: a wildcard must keep at least two labels',
    ],
    [
      'a target on a platform the catalog does not list',
      (j) =>
        Object.assign((j.campaigns[0] as { targets: Record<string, unknown>[] }).targets[1] ?? {}, { id: 'myspace', platform: 'myspace' }),
      'has targets on platforms it does not list: meta-ai-training-eu-2025/myspace',
    ],
    [
      'a main target whose id is not its platform',
      (j) => (metaFacebook(j).id = 'facebook-form'),
      'campaigns[0].targets[0]: is the main target on facebook: its id must be "facebook"',
    ],
    [
      'an extra target without a title',
      (j) =>
        (j.campaigns[0] as { targets: unknown[] }).targets.push({
          ...structuredClone(metaFacebook(j)),
          id: 'facebook-other',
          role: 'extra',
        }),
      'campaigns[0].targets[4]: is an extra target: it needs a title and a description',
    ],
    [
      'an extra target without a main target on its platform',
      (j) => {
        const campaign = j.campaigns[0] as { targets: Record<string, unknown>[] };
        const first = campaign.targets[0];
        if (first !== undefined)
          Object.assign(first, { id: 'facebook-other', role: 'extra', title: { en: 'Other' }, description: { en: 'Other' } });
      },
      'campaigns[0].targets: has the extra target "facebook-other" without a main target on facebook',
    ],
    ['a target without sources', (j) => (metaFacebook(j).sources = []), 'campaigns[0].targets[0].sources: must have at least 1 item'],
    [
      'a checked date that is no date',
      (j) => (metaFacebook(j).checkedAt = '2025-02-30'),
      'campaigns[0].targets[0].checkedAt: must be a real calendar date',
    ],
    [
      'a source date that is no date',
      (j) => (metaFacebook(j).sources = [{ title: 'A source', date: '14-04-2025' }]),
      'campaigns[0].targets[0].sources[0].date: must be a date like 2025-05-27',
    ],
    [
      'a not-applicable reason given twice',
      (j) =>
        (metaFacebook(j).notApplicableReasons = [
          { id: 'under-18', text: { en: 'under 18' } },
          { id: 'under-18', text: { en: 'minor' } },
        ]),
      'campaigns[0].targets[0].notApplicableReasons: has the reason id "under-18" more than once',
    ],
    [
      'a follow-up period of zero days',
      (j) => (metaFacebook(j).followUpDays = 0),
      'campaigns[0].targets[0].followUpDays: must be at least 1',
    ],
    [
      'a mail sender with a wildcard',
      (j) =>
        ((j.platforms as Record<string, unknown>[])[0] = {
          ...(j.platforms as Record<string, unknown>[])[0],
          emailSenders: ['*.facebookmail.com'],
        }),
      'platforms[0].emailSenders[0]: must be a domain like facebookmail.com, without a wildcard',
    ],
    [
      'a platform listed twice',
      (j) => (j.platforms as unknown[]).push(structuredClone((j.platforms as unknown[])[0])),
      'platforms: has the platform id "facebook" more than once',
    ],
    ['no publication date', (j) => delete j.publishedAt, 'publishedAt: is missing'],
    [
      'a text without English',
      (j) => (metaFacebook(j).objectionText = { fr: 'Je m’oppose.' }),
      'campaigns[0].targets[0].objectionText.en: is missing',
    ],
    [
      'an unknown language',
      (j) => (metaFacebook(j).objectionText = { en: 'I object.', xx: 'x' }),
      'campaigns[0].targets[0].objectionText.xx: is not expected here',
    ],
    [
      'a deadline that is no instant',
      (j) => ((j.campaigns[0] as { deadline: { instant: string } }).deadline.instant = '2025-02-30T25:00:00Z'),
      'campaigns[0].deadline.instant',
    ],
    [
      'a zone that is no IANA name',
      (j) => ((j.campaigns[0] as { deadline: { zone: string } }).deadline.zone = 'CEST+2'),
      'campaigns[0].deadline.zone: must be an IANA time zone',
    ],
    [
      'two campaigns with one id',
      (j) => j.campaigns.push(structuredClone(j.campaigns[0] ?? {})),
      'campaigns: has the id "meta-ai-training-eu-2025" more than once',
    ],
    [
      'two targets with one id',
      (j) => (j.campaigns[0] as { targets: unknown[] }).targets.push(structuredClone(metaFacebook(j))),
      'campaigns[0].targets: has the target id "facebook" more than once',
    ],
    [
      'a campaign without targets',
      (j) => ((j.campaigns[0] as { targets: unknown[] }).targets = []),
      'campaigns[0].targets: must have at least 1 item',
    ],
    ['an unexpected field', (j) => (metaFacebook(j).formId = '123'), 'campaigns[0].targets[0].formId: is not expected here'],
    [
      'English marked as unverified wording (it is the reference)',
      (j) => (metaFacebook(j).unverifiedWording = ['en']),
      'campaigns[0].targets[0].unverifiedWording[0]',
    ],
    [
      'a language twice in the unverified wording',
      (j) => (metaFacebook(j).unverifiedWording = ['fr', 'fr']),
      'campaigns[0].targets[0].unverifiedWording: has the language "fr" more than once',
    ],
    [
      'a prototype-polluting key',
      (j) => Object.defineProperty(metaFacebook(j), '__proto__', { value: { x: 1 }, enumerable: true }),
      'campaigns[0].targets[0]: has a forbidden key "__proto__"',
    ],
  ];

  it.each(cases)('%s', (_name, breakIt, message) => {
    const json = copy();
    breakIt(json);
    const result = loadCatalog(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toContain(message);
  });

  it('lists every bad field at once', () => {
    const json = copy();
    metaFacebook(json).entryUrls = ['javascript:alert(1)'];
    metaFacebook(json).allowedHosts = ['facebook.com.'];
    const result = loadCatalog(json);
    expect(result.ok ? [] : result.errors.length).toBeGreaterThanOrEqual(2);
  });

  it.each([null, 42, 'catalog', [], {}, { version: 1, campaigns: [] }])('refuses %j without throwing', (input) => {
    expect(loadCatalog(input).ok).toBe(false);
  });

  it('takes a new campaign as one data entry', () => {
    const json = copy();
    const linkedIn = structuredClone(json.campaigns[1] ?? {});
    json.campaigns.push({ ...linkedIn, id: 'linkedin-genai-2026' });
    const result = loadCatalog(json);
    expect(result.ok).toBe(true);
    if (result.ok) expect(targetFor(result.value, 'linkedin-genai-2026', 'linkedin')?.mechanism).toBe('toggle');
  });
});
