import { describe, expect, it } from 'vitest';
import { complaintText } from '../../../src/shared/proof/complaint';
import {
  authorityById,
  authorityList,
  loadAuthorities,
  proposedAuthorities,
  authorityPage,
  type Authority,
} from '../../../src/shared/proof/authorities';
import { builtInCatalog } from '../../../src/shared/catalog/index';
import { loadMessages } from '../../../src/shared/i18n/load';
import { LOCALES, type Locale } from '../../../src/shared/domain/types';
import { accountId, META } from '../../support/domain-fixtures';
import { PAGE_PROOF, proofState, PROOF_NOW } from '../../support/proof-fixtures';

/** The authority with this id (the test fails when the list lacks it). */
function authority(id: string): Authority {
  const found = authorityById(id);
  if (found === undefined) throw new Error(`the list has no ${id}`);
  return found;
}
const dpc = authority('ie-dpc');

async function complaint(locale: Locale, n: number): Promise<string> {
  const text = complaintText({
    state: proofState(),
    catalog: builtInCatalog(),
    accountId: accountId(n),
    campaignId: META,
    authority: dpc,
    now: PROOF_NOW,
    t: await loadMessages(locale),
    locale,
    zone: 'Europe/Paris',
  });
  if (text === null) throw new Error('no complaint');
  return text;
}

/** How each language cites the articles: Art. 12(3), 21(1), 77. */
const ARTICLES: Readonly<Record<Locale, readonly RegExp[]>> = {
  bg: [/член 12, параграф 3/, /член 21, параграф 1/, /член 77/],
  hr: [/član\p{L}* 12\. stav\p{L}* 3\./u, /član\p{L}* 21\. stav\p{L}* 1\./u, /član\p{L}* 77\./u],
  cs: [/čl\. 12 odst\. 3/, /čl\. 21 odst\. 1/, /článku 77|čl\. 77/],
  da: [/artikel 12, stk\. 3/, /artikel 21, stk\. 1/, /artikel 77/],
  en: [/Article 12\(3\)/, /Article 21\(1\)/, /Article 77/],
  fr: [/article 12, paragraphe 3/, /article 21, paragraphe 1/, /article 77/],
  de: [/Art\. 12 Abs\. 3 DSGVO/, /Art\. 21 Abs\. 1 DSGVO/, /Art\. 77/],
  es: [/artículo 12, apartado 3/, /artículo 21, apartado 1/, /artículo 77/],
  it: [/articolo 12, paragrafo 3/, /articolo 21, paragrafo 1/, /articolo 77/],
  nl: [/artikel 12, lid 3/, /artikel 21, lid 1/, /artikel 77/],
  pl: [/art\. 12 ust\. 3 RODO/, /art\. 21 ust\. 1 RODO/, /art\. 77/],
  pt: [/artigo 12\.º, n\.º 3/, /artigo 21\.º, n\.º 1/, /artigo 77\.º/],
  ro: [/articolul 12 alineatul \(3\)/, /articolul 21 alineatul \(1\)/, /articolului 77/],
  sk: [/článok 12 ods\. 3 GDPR/, /článku 21 ods\. 1 GDPR/, /článku 77/],
  sl: [/tretji odstavek 12\. člena GDPR/, /odstavku 21\. člena GDPR/, /77\. členu/],
  sv: [/artikel 12\.3 i GDPR/, /artikel 21\.1 i GDPR/, /artikel 77/],
  ga: [/Airteagal 12\(3\)/, /Airteagal 21\(1\)/, /Airteagal 77/],
  lv: [/VDAR 12\. panta 3\. punkt/, /VDAR 21\. panta 1\. punkt/, /77\. pant/],
  lt: [/BDAR 12 straipsnio 3 dal/, /BDAR 21 straipsnio 1 dal/, /77 straipsn/],
  mt: [/Artikolu 12\(3\)/, /Artikolu 21\(1\)/, /Artikolu 77/],
  et: [/artikli 12 lõi(?:ge|ke) 3/, /artikli 21 lõi(?:ge|ke) 1/, /artikli 77/],
  fi: [/12 artiklan 3 koh/, /21 artiklan 1 koh/, /77 artikla/],
  el: [/άρθρ(?:ο|ου) 12 παράγραφος 3/, /άρθρ(?:ο|ου) 21 παράγραφος 1/, /άρθρ(?:ο|ου) 77/],
  hu: [/12\. cikk \(3\) bekezdés/, /21\. cikk \(1\) bekezdés/, /77\. cikk/],
};

describe('the complaint text', () => {
  it.each(LOCALES)(
    'is written in %s from the history: dates with zone, form, what was sent, no answer, proof hashes, the articles',
    async (locale) => {
      const text = await complaint(locale, 1);
      const t = await loadMessages(locale);
      expect(text).toContain('Data Protection Commission');
      expect(text).toContain('Marie, personal');
      expect(text).toContain('marie.example@example.org');
      expect(text).toContain('https://www.facebook.com/help/contact/6359191084165019');
      expect(text).toContain('Europe/Paris, GMT+2');
      expect(text).toMatch(/10[:.]05/);
      const objection = builtInCatalog().campaigns[0]?.targets[0]?.objectionText[locale];
      expect(text).toContain(objection);
      for (const file of PAGE_PROOF.files) expect(text).toContain(file.sha256);
      for (const article of ARTICLES[locale]) expect(text).toMatch(article);
      expect(text).toContain(t.proof.letterSignature);
      expect(text).not.toMatch(/undefined|\[object|NaN/);
    },
  );

  it.each(LOCALES)('quotes the refusal the person recorded (%s)', async (locale) => {
    const text = await complaint(locale, 2);
    expect(text).toContain('They asked for a copy of my ID');
    expect(text).toContain('Instagram');
  });

  it('has no French colon or quote without its narrow no-break space', async () => {
    const text = await complaint('fr', 2);
    expect(text).not.toMatch(/ [:;?!»]|« /);
    expect(text).toMatch(/\u202f:/);
  });
});

describe('the authorities', () => {
  it('lists every EEA authority, the UK and Switzerland, once each, with https pages and sources', () => {
    const list = authorityList();
    const countries = list.authorities.map((authority) => authority.country);
    const eea = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(' ');
    expect([...countries].sort()).toEqual([...eea, 'GB', 'CH'].sort());
    for (const authority of list.authorities) expect(authority.sources.length, authority.id).toBeGreaterThan(0);
  });

  it('proposes the lead authority for the company, then the person’s own', () => {
    expect(proposedAuthorities('Meta', 'FR').map((authority) => authority.id)).toEqual(['ie-dpc', 'fr-cnil']);
    expect(proposedAuthorities('LinkedIn', 'IE').map((authority) => authority.id)).toEqual(['ie-dpc']);
    expect(proposedAuthorities('X', null).map((authority) => authority.id)).toEqual(['ie-dpc']);
    expect(proposedAuthorities('Unknown', 'DE').map((authority) => authority.id)).toEqual(['de-bfdi']);
  });

  it('opens the complaint page a source gives, else the home page', () => {
    expect(authorityPage(dpc)).toEqual({ url: 'https://forms.dataprotection.ie/contact', isComplaintPage: true });
    expect(authorityPage(authority('gb-ico')).url).toBe('https://ico.org.uk/make-a-complaint/');
    expect(authorityPage(authority('fr-cnil')).url).toBe('https://www.cnil.fr/fr/plaintes');
    expect(authorityPage(authority('ch-fdpic'))).toEqual({ url: 'https://www.edoeb.admin.ch/', isComplaintPage: false });
  });

  it('refuses a list with a duplicate, an http page or a lead authority that is not listed', () => {
    const list = structuredClone(authorityList()) as unknown as {
      authorities: { id: string; homePage: string }[];
      leadAuthorities: { byCompany: Record<string, string> };
    };
    const first = list.authorities[0];
    if (first === undefined) throw new Error('empty list');
    list.authorities.push({ ...first });
    first.homePage = 'http://example.org/';
    list.leadAuthorities.byCompany.Acme = 'nowhere';
    const loaded = loadAuthorities(list);
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.errors.join('\n')).toMatch(/https/);
  });
});
