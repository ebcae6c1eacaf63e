/**
 * The facts issue 11 gathered, as the catalog must carry them: ids that shipped never change,
 * the extra targets, the new platforms as one entry each, and the Meta details (Switzerland,
 * Threads, the 2024-style form is "not yet confirmed").
 */
import { describe, expect, it } from 'vitest';
import { builtInCatalog, extraTargetsFor, findCampaign, findTarget, targetFor } from '../../../src/shared/catalog/index';
import { detectConfirmation } from '../../../src/shared/domain/detection';
import { LOCALES, type Locale } from '../../../src/shared/domain/types';

const catalog = builtInCatalog();
const META = 'meta-ai-training-eu-2025';

describe('ids that shipped', () => {
  it('keeps every platform, campaign and target id of catalog version 2', () => {
    const platforms = catalog.platforms.map((p) => p.id);
    expect(platforms).toEqual(expect.arrayContaining(['facebook', 'instagram', 'whatsapp', 'linkedin', 'x']));
    for (const [campaign, targets] of [
      [META, ['facebook', 'instagram', 'whatsapp']],
      ['linkedin-genai-2025', ['linkedin']],
      ['x-grok-training', ['x']],
    ] as const) {
      expect(findCampaign(catalog, campaign)?.targets.map((t) => t.id)).toEqual(expect.arrayContaining([...targets]));
    }
    expect(catalog.version).toBeGreaterThan(2);
  });

  it('links accounts in Accounts Center on Facebook and Instagram only', () => {
    expect(catalog.platforms.filter((p) => p.accountsCenter).map((p) => p.id)).toEqual(['facebook', 'instagram']);
  });
});

describe('Meta', () => {
  it('keeps 6359191084165019 first, and offers facebook.com/privacy/guide/genai among the Privacy Center pages', () => {
    const facebook = targetFor(catalog, META, 'facebook');
    expect(facebook?.entryUrls[0]).toBe('https://www.facebook.com/help/contact/6359191084165019');
    expect(facebook?.privacyCenterUrls).toContain('https://www.facebook.com/privacy/guide/genai');
  });

  it('says in every language that the drive covers Switzerland too', () => {
    const swiss: Readonly<Record<Locale, string>> = {
      bg: 'Швейцария',
      hr: 'Švicarsk',
      cs: 'Švýcarsk',
      da: 'Schweiz',
      en: 'Switzerland',
      fr: 'Suisse',
      de: 'Schweiz',
      es: 'Suiza',
      it: 'Svizzera',
      nl: 'Zwitserland',
      pl: 'Szwajcarii',
      pt: 'Suíça',
      ro: 'Elveția',
      sk: 'Švajčiarsku',
      sl: 'Švici',
      sv: 'Schweiz',
      ga: 'Eilvéis',
      lv: 'Šveic',
      lt: 'Šveicarijoje',
      mt: 'Iżvizzera',
      et: 'Šveits',
      fi: 'Sveitsi',
      el: 'Ελβετία',
      hu: 'Svájc',
    };
    const summary = findCampaign(catalog, META)?.summary;
    for (const locale of LOCALES) expect(summary?.[locale], locale).toContain(swiss[locale]);
  });

  it('says in every language, on the Instagram target, that Threads is covered through the linked Instagram account', () => {
    const instagram = targetFor(catalog, META, 'instagram');
    for (const locale of LOCALES) expect(instagram?.manualPath[locale], locale).toContain('Threads');
  });

  it('offers the third-party-data form as an optional extra, labelled as something other than the objection', () => {
    const [extra] = extraTargetsFor(catalog, META, 'facebook');
    expect(extra).toMatchObject({ id: 'facebook-third-party-data', role: 'extra', mechanism: 'form', optional: true });
    expect(extra?.entryUrls).toEqual(['https://www.facebook.com/help/contact/510058597920541']);
    expect(extra?.description?.en).toMatch(/NOT the objection/);
    for (const locale of LOCALES) {
      expect(extra?.title?.[locale], locale).toBeTruthy();
      expect(extra?.description?.[locale], locale).toMatch(
        /NOT|NICHT|NO |NON |NIET|NIE |NÃO|PAS|NU |NI |INTE|NÍ |NAV|NĖRA|MHIJIEX|EI |ΔΕΝ|NEM |НЕ |NIJE|NENÍ|IKKE/,
      );
    }
  });

  const variant: Readonly<Record<Locale, string>> = {
    bg: 'Държава на пребиваване. Изпратихме ви код. Ще уважим вашето възражение занапред.',
    hr: 'Zemlja boravišta. Poslali smo vam kod. Uvažit ćemo vaš prigovor od sada nadalje.',
    cs: 'Země pobytu. Zaslali jsme vám kód. Vyhovíme vaší námitce od nynějška.',
    da: 'Bopælsland. Vi har sendt dig en kode. Vi imødekommer din indsigelse fremover.',
    en: 'Country of residence. Please tell us how this processing impacts you. We have sent a code to your email. We will honour your objection going forward.',
    fr: 'Pays de résidence. Nous vous avons envoyé un code. Votre opposition sera prise en compte à l’avenir.',
    de: 'Wohnsitzland. Wir haben dir einen Code gesendet. Wir werden deinem Widerspruch künftig nachkommen.',
    es: 'País de residencia. Te hemos enviado un código. Respetaremos tu oposición de aquí en adelante.',
    it: 'Paese di residenza. Ti abbiamo inviato un codice. La tua richiesta verrà applicata d’ora in avanti.',
    nl: 'Woonland. We hebben je een code gestuurd. We honoreren je bezwaar vanaf nu.',
    pl: 'Kraj zamieszkania. Wysłaliśmy ci kod. Uwzględnimy twój sprzeciw od teraz.',
    pt: 'País de residência. Enviámos-lhe um código. Respeitaremos a sua oposição daqui em diante.',
    ro: 'Țara de reședință. Ți-am trimis un cod. Vom respecta opoziția ta de acum înainte.',
    sk: 'Krajina bydliska. Poslali sme vám kód. Budeme rešpektovať vašu námietku.',
    sl: 'Država prebivališča. Poslali smo vam kodo. Upoštevali bomo vaš ugovor.',
    sv: 'Bosättningsland. Vi har skickat en kod till dig. Vi kommer att respektera din invändning framöver.',
    ga: 'Tír chónaithe. Sheolamar cód chugat. Cuirfear d’agóid i bhfeidhm as seo amach.',
    lv: 'Dzīvesvietas valsts. Mēs jums nosūtījām kodu. Turpmāk ievērosim jūsu iebildumu.',
    lt: 'Gyvenamosios vietos šalis. Išsiuntėme jums kodą. Nuo šiol atsižvelgsime į jūsų nesutikimą.',
    mt: 'Pajjiż ta’ residenza. Bgħatnielek kodiċi. L-oġġezzjoni tiegħek se tiġi applikata minn issa ’l quddiem.',
    et: 'Elukohariik. Saatsime teile koodi. Arvestame teie vastuväitega edaspidi.',
    fi: 'Asuinmaa. Lähetimme sinulle koodin. Noudatamme vastustamispyyntöäsi jatkossa.',
    el: 'Χώρα διαμονής. Σας στείλαμε έναν κωδικό. Θα σεβαστούμε την εναντίωσή σας στο εξής.',
    hu: 'Lakóhely szerinti ország. Küldtünk neked egy kódot. A jövőben eleget teszünk a tiltakozásodnak.',
  };
  it.each(LOCALES.map((locale) => [locale] as const))(
    'treats the 2024-style form (country, reason, e-mailed code) as not yet confirmed, in %s',
    (locale) => {
      for (const platform of ['facebook', 'instagram'] as const) {
        const url = targetFor(catalog, META, platform)?.entryUrls[0] ?? '';
        expect(detectConfirmation({ text: variant[locale], url, platform }, catalog), `${platform} ${locale}`).toBeNull();
        // Without the form's words the same promise is a confirmation: the not-yet patterns are what stop it.
        const promise = variant[locale].split('. ').slice(-1)[0] ?? '';
        expect(detectConfirmation({ text: promise, url, platform }, catalog), `${platform} ${locale} promise`).not.toBeNull();
      }
    },
  );
});

describe('LinkedIn and X', () => {
  it('moves the Data Processing Objection form from the setting’s fallbacks to an extra target of its own', () => {
    expect(targetFor(catalog, 'linkedin-genai-2025', 'linkedin')?.privacyCenterUrls).not.toContain(
      'https://www.linkedin.com/help/linkedin/ask/TS-DPRO',
    );
    const form = findTarget(catalog, 'linkedin-genai-2025', 'linkedin', 'linkedin-objection-form');
    expect(form).toMatchObject({ role: 'extra', mechanism: 'form', optional: true });
    expect(form?.entryUrls).toEqual(['https://www.linkedin.com/help/linkedin/ask/TS-DPRO']);
    expect(form?.description?.en).toMatch(/does not generate content/);
  });

  it('walks X’s path through Data sharing and personalization', () => {
    expect(targetFor(catalog, 'x-grok-training', 'x')?.manualPath.en).toContain(
      'Privacy and safety → Data sharing and personalization → Grok & Third-party Collaborators',
    );
  });
});

describe('the settings of other platforms, one data entry each', () => {
  const rows = [
    ['quora', 'quora-llm-training', 'Allow large language models to be trained on your content', 'off'],
    ['tumblr', 'tumblr-third-party-sharing', 'Prevent third-party sharing', 'on'],
    ['wordpress-com', 'wordpress-com-third-party-sharing', 'Prevent third-party sharing', 'on'],
    ['substack', 'substack-ai-training', 'Block AI training', 'on'],
    ['medium', 'medium-third-party-training', 'Minimize third-party training', 'on'],
    ['adobe', 'adobe-content-analysis', 'Content analysis', 'off'],
    ['google-gemini', 'google-gemini-activity', 'Keep Activity', 'off'],
    ['pinterest', 'pinterest-canvas-training', 'Use your data to train Pinterest Canvas', 'off'],
  ] as const;

  it.each(rows)('%s: its own campaign %s, a toggle “%s” to switch %s, every text in every language', (platform, id, label, goal) => {
    const campaign = findCampaign(catalog, id);
    expect(campaign?.deadline).toBeNull();
    expect(campaign?.targets).toHaveLength(1);
    const target = targetFor(catalog, id, platform);
    expect(target).toMatchObject({ mechanism: 'toggle', role: 'main', settingGoal: goal });
    expect(target?.settingLabel?.en).toBe(label);
    for (const locale of LOCALES) {
      for (const [name, text] of [
        ['title', campaign?.title],
        ['summary', campaign?.summary],
        ['afterDeadline', campaign?.afterDeadline],
        ['settingLabel', target?.settingLabel],
        ['manualPath', target?.manualPath],
        ['objectionText', target?.objectionText],
      ] as const) {
        expect(text?.[locale], `${id} ${name} ${locale}`).toBeTruthy();
      }
      for (const reason of target?.notApplicableReasons ?? []) expect(reason.text[locale], `${reason.id} ${locale}`).toBeTruthy();
    }
    expect(target?.notApplicableReasons.length).toBeGreaterThan(0);
    expect(catalog.platforms.find((p) => p.id === platform)?.accountsCenter).toBe(false);
  });

  it('opens Google Gemini in the person’s own browser (Google refuses embedded sign-in), and nothing else', () => {
    const browser = catalog.campaigns.flatMap((c) => c.targets).filter((t) => t.opensIn === 'browser');
    expect(browser.map((t) => t.id)).toEqual(['google-gemini']);
  });
});
