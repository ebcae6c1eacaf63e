/**
 * Every address in the catalog, with the source that gives it (issue 11: no guessed URLs). The
 * table is checked against the data both ways: an address the data has and the table lacks fails,
 * and so does one the table lists that the data no longer has. Each address must also be named,
 * in every language, by a source of the target that uses it; where no source gives a deep link,
 * the target opens the platform's home page and its source says so.
 */
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../../src/shared/catalog/index';
import { LOCALES, type Catalog, type CampaignTarget } from '../../../src/shared/domain/types';

type Kind = 'given' | 'home';
/** address → the target that uses it, whether a source gives it or it is the platform's home, and where the fact was found. */
const URLS: Readonly<Record<string, { readonly target: string; readonly kind: Kind; readonly from: string }>> = {
  'https://www.facebook.com/help/contact/6359191084165019': {
    target: 'meta-ai-training-eu-2025/facebook',
    kind: 'given',
    from: 'domain.md §2 and §7: still the default in Facebook’s app code',
  },
  'https://www.facebook.com/help/contact/712876720715583': {
    target: 'meta-ai-training-eu-2025/facebook',
    kind: 'given',
    from: 'domain.md §2: the 2025 variant in guides (unconfirmed)',
  },
  'https://www.facebook.com/privacy/genai': {
    target: 'meta-ai-training-eu-2025/facebook',
    kind: 'given',
    from: 'domain.md §2: stable entry point',
  },
  'https://www.facebook.com/privacy/guide/genai': {
    target: 'meta-ai-training-eu-2025/facebook',
    kind: 'given',
    from: 'domain.md §7 and issue 11: also in Instagram’s app code',
  },
  'https://www.facebook.com/privacy/center': {
    target: 'meta-ai-training-eu-2025/facebook',
    kind: 'given',
    from: 'domain.md §2: stable entry point',
  },
  'https://www.facebook.com/help/contact/510058597920541': {
    target: 'meta-ai-training-eu-2025/facebook-third-party-data',
    kind: 'given',
    from: 'domain.md §2 and issue 11: content other people posted (not the objection)',
  },
  'https://help.instagram.com/contact/233964459562201': {
    target: 'meta-ai-training-eu-2025/instagram',
    kind: 'given',
    from: 'domain.md §2 (policy banner) and §7 (Instagram’s app code)',
  },
  'https://help.instagram.com/contact/767264225370182': {
    target: 'meta-ai-training-eu-2025/instagram',
    kind: 'given',
    from: 'domain.md §2: another id in guides (unconfirmed)',
  },
  'https://privacycenter.instagram.com/privacy/genai': {
    target: 'meta-ai-training-eu-2025/instagram',
    kind: 'given',
    from: 'domain.md §2 and §7: Instagram’s app code',
  },
  'https://www.whatsapp.com/contact/forms/382532939919295/': {
    target: 'meta-ai-training-eu-2025/whatsapp',
    kind: 'given',
    from: 'domain.md §2: Data Subject Rights form',
  },
  'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement': {
    target: 'linkedin-genai-2025/linkedin',
    kind: 'given',
    from: 'domain.md §5: the setting',
  },
  'https://www.linkedin.com/help/linkedin/ask/TS-DPRO': {
    target: 'linkedin-genai-2025/linkedin-objection-form',
    kind: 'given',
    from: 'domain.md §5 and §7, issue 11: Data Processing Objection form',
  },
  'https://x.com/settings/grok_settings': { target: 'x-grok-training/x', kind: 'given', from: 'domain.md §5: the Grok setting' },
  'https://www.quora.com/': { target: 'quora-llm-training/quora', kind: 'home', from: 'domain.md §5 and §7: Settings → Privacy, no link' },
  'https://www.tumblr.com/': {
    target: 'tumblr-third-party-sharing/tumblr',
    kind: 'home',
    from: 'domain.md §5 and §7: blog settings, no link',
  },
  'https://wordpress.com/': {
    target: 'wordpress-com-third-party-sharing/wordpress-com',
    kind: 'home',
    from: 'domain.md §5 and §7: site settings, no link',
  },
  'https://substack.com/': { target: 'substack-ai-training/substack', kind: 'home', from: 'domain.md §7: publication setting, no link' },
  'https://medium.com/': { target: 'medium-third-party-training/medium', kind: 'home', from: 'domain.md §7: no link' },
  'https://account.adobe.com/': {
    target: 'adobe-content-analysis/adobe',
    kind: 'given',
    from: 'issue 11: account.adobe.com → Privacy and personal data',
  },
  'https://gemini.google.com/': {
    target: 'google-gemini-activity/google-gemini',
    kind: 'home',
    from: 'domain.md §7: Keep Activity, no link',
  },
  'https://www.pinterest.com/': { target: 'pinterest-canvas-training/pinterest', kind: 'home', from: 'domain.md §7: no link' },
};

/** Every address the catalog holds, with the campaign/target that holds it. */
function addressesOf(catalog: Catalog): ReadonlyMap<string, ReadonlySet<string>> {
  const found = new Map<string, Set<string>>();
  const add = (url: string, where: string): void => {
    const set = found.get(url) ?? new Set<string>();
    set.add(where);
    found.set(url, set);
  };
  for (const campaign of catalog.campaigns) {
    if (campaign.deadline?.sourceUrl !== undefined) add(campaign.deadline.sourceUrl, campaign.id);
    for (const target of campaign.targets) {
      const where = `${campaign.id}/${target.id}`;
      for (const url of [...target.entryUrls, ...target.privacyCenterUrls]) add(url, where);
      for (const source of target.sources) if (source.url !== undefined) add(source.url, where);
    }
  }
  return found;
}

function targetAt(catalog: Catalog, where: string): CampaignTarget {
  const [campaignId, targetId] = where.split('/');
  const target = catalog.campaigns.find((c) => c.id === campaignId)?.targets.find((t) => t.id === targetId);
  if (target === undefined) throw new Error(`no target ${where}`);
  return target;
}

describe('every address in the catalog has a source', () => {
  const catalog = builtInCatalog();
  const addresses = addressesOf(catalog);

  it('the table and the data list the same addresses, both ways', () => {
    expect(
      [...addresses.keys()].filter((url) => !(url in URLS)),
      'in the data, not in the table',
    ).toEqual([]);
    expect(
      Object.keys(URLS).filter((url) => !addresses.has(url)),
      'in the table, not in the data',
    ).toEqual([]);
  });

  it.each(Object.entries(URLS))('%s is used by its target and named by one of its sources in every language', (url, row) => {
    expect([...(addresses.get(url) ?? [])]).toEqual([row.target]);
    const target = targetAt(catalog, row.target);
    const giving = target.sources.filter((source) => source.title.en.includes(url));
    expect(giving.length, `a source of ${row.target} names ${url}`).toBeGreaterThan(0);
    for (const source of giving) for (const locale of LOCALES) expect(source.title[locale], `${locale} title`).toContain(url);
    if (row.kind === 'home') {
      expect(new URL(url).pathname, 'a home page, not a guessed deep link').toBe('/');
      expect(giving.some((source) => source.title.en.includes('no direct link is published'))).toBe(true);
    }
  });
});

describe('every target is sourced and dated', () => {
  const catalog = builtInCatalog();
  const targets = catalog.campaigns.flatMap((campaign) => campaign.targets.map((target) => ({ campaign, target })));

  it.each(targets.map(({ campaign, target }) => [`${campaign.id}/${target.id}`, target] as const))(
    '%s: a checked date, at least one source, each dated no later than the check and titled in every language',
    (_where, target) => {
      expect(target.checkedAt <= '2026-12-01').toBe(true);
      expect(target.sources.length).toBeGreaterThan(0);
      for (const source of target.sources) {
        expect(source.date.slice(0, 7) <= target.checkedAt.slice(0, 7), `${source.title.en} (${source.date})`).toBe(true);
        expect(source.url !== undefined || source.publication !== undefined || source.title.en.length > 0).toBe(true);
        for (const locale of LOCALES) expect(source.title[locale], `${source.title.en} in ${locale}`).toBeTruthy();
      }
    },
  );

  it('embedded targets have host patterns that hold their pages; login patterns where the platform’s login is known', () => {
    for (const { campaign, target } of targets) {
      if (target.opensIn !== 'embedded') continue;
      expect(target.allowedHosts.length, `${campaign.id}/${target.id}`).toBeGreaterThan(0);
    }
    for (const id of ['facebook', 'instagram', 'linkedin', 'x']) {
      expect(targets.find(({ target }) => target.id === id)?.target.loginUrlPatterns.length, id).toBeGreaterThan(0);
    }
  });
});
