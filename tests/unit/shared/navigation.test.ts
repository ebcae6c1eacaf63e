import { describe, expect, it } from 'vitest';
import { isLoginUrl, navigationVerdict, type NavigationVerdict } from '../../../src/shared/domain/navigation';
import { builtInCatalog } from '../../../src/shared/catalog/index';
import type { Catalog, Platform } from '../../../src/shared/domain/types';

type Row = readonly [url: string, platform: Platform, verdict: NavigationVerdict];

const allowed: readonly Row[] = [
  ['https://www.facebook.com/help/contact/6359191084165019', 'facebook', 'allow'],
  ['https://www.facebook.com/help/contact/712876720715583?locale=fr_FR', 'facebook', 'allow'],
  ['https://www.facebook.com/privacy/genai', 'facebook', 'allow'],
  ['https://www.facebook.com/privacy/center/', 'facebook', 'allow'],
  ['https://fr-fr.facebook.com/help/contact/6359191084165019', 'facebook', 'allow'],
  ['https://de-de.facebook.com/', 'facebook', 'allow'],
  ['https://m.facebook.com/login/?next=%2Fhelp', 'facebook', 'allow'],
  ['https://accountscenter.facebook.com/', 'facebook', 'allow'],
  ['https://www.facebook.com/checkpoint/?next', 'facebook', 'allow'],
  ['https://static.xx.fbcdn.net/rsrc.php/v3/x.css', 'facebook', 'allow'],
  ['https://WWW.FACEBOOK.COM/help/contact/1', 'facebook', 'allow'],
  ['HTTPS://www.facebook.com/', 'facebook', 'allow'],
  ['https://www.facebook.com:443/help', 'facebook', 'allow'],
  ['https://www.facebook.com/path#fragment', 'facebook', 'allow'],
  ['https://help.instagram.com/contact/233964459562201', 'instagram', 'allow'],
  ['https://privacycenter.instagram.com/privacy/genai', 'instagram', 'allow'],
  ['https://accountscenter.instagram.com/', 'instagram', 'allow'],
  ['https://www.instagram.com/accounts/login/?next=%2F', 'instagram', 'allow'],
  ['https://www.instagram.com/challenge/', 'instagram', 'allow'],
  ['https://scontent-cdg4-1.cdninstagram.com/v/t51.jpg', 'instagram', 'allow'],
  ['https://static.cdninstagram.com/rsrc.php', 'instagram', 'allow'],
  ['https://www.whatsapp.com/contact/forms/382532939919295/', 'whatsapp', 'allow'],
  ['https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement', 'linkedin', 'allow'],
  ['https://static.licdn.com/aero-v1/sc/h/x.js', 'linkedin', 'allow'],
  ['https://x.com/settings/grok_settings', 'x', 'allow'],
  ['https://abs.twimg.com/responsive-web/client-web/main.js', 'x', 'allow'],
];

const external: readonly Row[] = [
  // Another platform's genuine host: fine in the person's browser, not in this account's view.
  ['https://www.instagram.com/', 'facebook', 'open-external'],
  ['https://help.instagram.com/contact/233964459562201', 'facebook', 'open-external'],
  ['https://www.facebook.com/help/contact/6359191084165019', 'instagram', 'open-external'],
  ['https://www.facebook.com/', 'linkedin', 'open-external'],
  // Genuine Meta hosts that are not on the list.
  ['https://developers.facebook.com/docs', 'facebook', 'open-external'],
  ['https://about.meta.com/', 'facebook', 'open-external'],
  // Ordinary sites a help page links to.
  ['https://www.cnil.fr/fr/plaintes', 'facebook', 'open-external'],
  ['https://www.dataprotection.ie/', 'instagram', 'open-external'],
  ['https://noyb.eu/en', 'facebook', 'open-external'],
  ['https://en.wikipedia.org/wiki/GDPR', 'x', 'open-external'],
];

const blocked: readonly Row[] = [
  // Not https.
  ['http://www.facebook.com/help/contact/6359191084165019', 'facebook', 'block'],
  ['javascript:alert(document.cookie)', 'facebook', 'block'],
  ['JavaScript:alert(1)', 'facebook', 'block'],
  ['data:text/html,<script>alert(1)</script>', 'facebook', 'block'],
  ['file:///etc/passwd', 'facebook', 'block'],
  ['blob:https://www.facebook.com/3c1e-4f', 'facebook', 'block'],
  ['about:blank', 'facebook', 'block'],
  ['chrome://settings', 'facebook', 'block'],
  ['ftp://www.facebook.com/', 'facebook', 'block'],
  ['wss://edge-chat.facebook.com/chat', 'facebook', 'block'],
  ['mailto:someone@example.com', 'facebook', 'block'],
  ['fb://profile', 'facebook', 'block'],
  // Credentials and authority tricks.
  ['https://facebook.com@evil.example/', 'facebook', 'block'],
  ['https://www.facebook.com@evil.example/help', 'facebook', 'block'],
  ['https://user:pass@www.facebook.com/', 'facebook', 'block'],
  ['https://@www.facebook.com/', 'facebook', 'block'],
  ['https://www.facebook.com:8443/', 'facebook', 'block'],
  ['https://www.facebook.com:80/', 'facebook', 'block'],
  ['https://evil.example:444/', 'facebook', 'block'],
  ['https://www.facebook.com\\@evil.example/', 'facebook', 'block'],
  ['https:\\\\www.facebook.com/', 'facebook', 'block'],
  ['https:www.facebook.com/', 'facebook', 'block'],
  ['https:/www.facebook.com/', 'facebook', 'block'],
  ['https:///www.facebook.com/', 'facebook', 'block'],
  ['https://www.faceb%6Fok.com/', 'facebook', 'block'],
  ['https://www.facebook.com./help', 'facebook', 'block'],
  ['https://www..facebook.com/', 'facebook', 'block'],
  ['https://www.facebook.com%2eevil.example/', 'facebook', 'block'],
  // Look-alike hosts.
  ['https://facebook.com.evil.example/', 'facebook', 'block'],
  ['https://www.facebook.com.evil.example/help/contact/6359191084165019', 'facebook', 'block'],
  ['https://evil-facebook.com/', 'facebook', 'block'],
  ['https://facebook-privacy.help/', 'facebook', 'block'],
  ['https://www.face-book.com/', 'facebook', 'block'],
  ['https://fbcdn.net.evil.example/', 'facebook', 'block'],
  ['https://instagram.com.evil.example/', 'instagram', 'block'],
  ['https://help-instagram.com/contact', 'instagram', 'block'],
  ['https://instagram.com.evil.example/', 'facebook', 'block'],
  ['https://linkedin.com.evil.example/', 'linkedin', 'block'],
  ['https://www.xn--facebok-y0a.com/', 'facebook', 'block'],
  ['https://www.xn--fcebook-8va.com/', 'facebook', 'block'],
  ['https://www.facébook.com/', 'facebook', 'block'],
  ['https://www.faϲebook.com/', 'facebook', 'block'],
  ['https://www．facebook．com/', 'facebook', 'block'],
  // IP addresses and local names.
  ['https://127.0.0.1/', 'facebook', 'block'],
  ['https://0x7f.1/', 'facebook', 'block'],
  ['https://[::1]/', 'facebook', 'block'],
  ['https://localhost/', 'facebook', 'block'],
  ['https://157.240.1.35/', 'facebook', 'block'],
  // Malformed input, whitespace and control characters.
  ['', 'facebook', 'block'],
  ['   ', 'facebook', 'block'],
  ['not a url', 'facebook', 'block'],
  ['//www.facebook.com/', 'facebook', 'block'],
  ['www.facebook.com', 'facebook', 'block'],
  [' https://www.facebook.com/', 'facebook', 'block'],
  ['https://www.facebook.com/ ', 'facebook', 'block'],
  ['https://www.face\nbook.com/', 'facebook', 'block'],
  ['https://www.face\tbook.com/', 'facebook', 'block'],
  ['https://www.facebook.com/\u0000', 'facebook', 'block'],
  ['https://', 'facebook', 'block'],
  ['https://:443/', 'facebook', 'block'],
  [`https://www.facebook.com/${'a'.repeat(20_000)}`, 'facebook', 'block'],
];

describe('navigationVerdict', () => {
  it.each(allowed)('%s in a %s view → %s', (url, platform, verdict) => {
    expect(navigationVerdict(url, platform)).toBe(verdict);
  });

  it.each(external)('%s in a %s view → %s', (url, platform, verdict) => {
    expect(navigationVerdict(url, platform)).toBe(verdict);
  });

  it.each(blocked)('%j in a %s view → %s', (url, platform, verdict) => {
    expect(navigationVerdict(url, platform)).toBe(verdict);
  });

  it('reads the allow-list from the catalog it is given', () => {
    const base = builtInCatalog();
    const [meta] = base.campaigns;
    if (meta === undefined) throw new Error('no campaign');
    const narrow: Catalog = {
      ...base,
      campaigns: [{ ...meta, targets: meta.targets.map((t) => ({ ...t, allowedHosts: ['help.example.org'] })) }],
    };
    expect(navigationVerdict('https://help.example.org/form', 'facebook', narrow)).toBe('allow');
    expect(navigationVerdict('https://www.facebook.com/', 'facebook', narrow)).toBe('open-external');
    expect(navigationVerdict('https://help.example.org/form', 'facebook')).toBe('open-external');
  });

  it('blocks every refused URL in the view of every platform', () => {
    for (const [url] of blocked) {
      for (const platform of ['facebook', 'instagram', 'whatsapp', 'linkedin', 'x'] as const) {
        if (navigationVerdict(url, platform) !== 'block') expect.fail(`${url} not blocked in ${platform}`);
      }
    }
  });
});

describe('isLoginUrl', () => {
  it.each([
    ['https://www.facebook.com/login/?next=https%3A%2F%2Fwww.facebook.com%2Fhelp', 'facebook', true],
    ['https://www.facebook.com/login.php', 'facebook', true],
    ['https://fr-fr.facebook.com/login/', 'facebook', true],
    ['https://m.facebook.com/login', 'facebook', true],
    ['https://www.facebook.com/checkpoint/1501092823525282/', 'facebook', true],
    ['https://www.facebook.com/two_step_verification/authentication/', 'facebook', true],
    ['https://www.facebook.com/recover/initiate/', 'facebook', true],
    ['https://www.instagram.com/accounts/login/?next=%2F', 'instagram', true],
    ['https://www.instagram.com/challenge/?next=/', 'instagram', true],
    ['https://www.instagram.com/accounts/onetap/', 'instagram', true],
    ['https://www.linkedin.com/login', 'linkedin', true],
    ['https://www.linkedin.com/checkpoint/lg/login-submit', 'linkedin', true],
    ['https://x.com/i/flow/login', 'x', true],
    ['https://www.facebook.com/help/contact/6359191084165019', 'facebook', false],
    ['https://www.facebook.com/loginfoo', 'facebook', false],
    ['https://www.facebook.com/help/login', 'facebook', false],
    ['https://www.instagram.com/accounts/login/', 'facebook', false],
    ['https://www.facebook.com/login/', 'instagram', false],
    ['http://www.facebook.com/login/', 'facebook', false],
    ['https://www.facebook.com.evil.example/login/', 'facebook', false],
    ['https://evil.example/www.facebook.com/login/', 'facebook', false],
    ['https://evil.example/?u=https://www.facebook.com/login/', 'facebook', false],
    ['javascript:alert(1)//https://www.facebook.com/login', 'facebook', false],
  ] as const)('%s on %s → %s', (url, platform, expected) => {
    expect(isLoginUrl(url, platform)).toBe(expected);
  });
});

describe('the policy built from a catalog (each test builds its own, so every rule is exercised)', () => {
  const fresh = (): Catalog => ({ ...builtInCatalog() });
  const withHosts = (hosts: readonly string[], login: readonly string[] = []): Catalog => {
    const [meta] = builtInCatalog().campaigns;
    if (meta === undefined) throw new Error('no campaign');
    return {
      ...builtInCatalog(),
      campaigns: [{ ...meta, targets: [{ ...meta.targets[0], allowedHosts: hosts, loginUrlPatterns: login } as never] }],
    };
  };

  it('blocks hosts that borrow a brand of a site the catalog names, wildcard hosts included', () => {
    expect(navigationVerdict('https://facebook-login.example/', 'facebook', fresh())).toBe('block');
    expect(navigationVerdict('https://secure-licdn.example/', 'linkedin', fresh())).toBe('block');
    expect(navigationVerdict('https://cdninstagram-help.example/', 'instagram', fresh())).toBe('block');
  });

  it('sends a real site of another platform to the browser, not to the block list', () => {
    expect(navigationVerdict('https://business.facebook.com/', 'instagram', fresh())).toBe('open-external');
    expect(navigationVerdict('https://static.licdn.com/x.js', 'facebook', fresh())).toBe('open-external');
  });

  it('spots a brand of exactly four letters, and ignores shorter ones ("x")', () => {
    expect(navigationVerdict('https://abcd-secure.example/', 'facebook', withHosts(['www.abcd.com']))).toBe('block');
    expect(navigationVerdict('https://abc-secure.example/', 'facebook', withHosts(['www.abc.com']))).toBe('open-external');
    expect(navigationVerdict('https://x-secure.example/', 'x', fresh())).toBe('open-external');
  });

  it('adds up the hosts and login pages a platform has in every campaign', () => {
    const one = withHosts(['www.abcd.com'], ['^https://www\\.abcd\\.com/login']);
    const two = withHosts(['help.efgh.com'], ['^https://help\\.efgh\\.com/checkpoint']);
    const both: Catalog = { ...one, campaigns: [...one.campaigns, ...two.campaigns.map((campaign) => ({ ...campaign, id: 'second' }))] };
    expect(navigationVerdict('https://www.abcd.com/', 'facebook', both)).toBe('allow');
    expect(navigationVerdict('https://help.efgh.com/', 'facebook', both)).toBe('allow');
    expect(isLoginUrl('https://www.abcd.com/login', 'facebook', both)).toBe(true);
    expect(isLoginUrl('https://help.efgh.com/checkpoint', 'facebook', both)).toBe(true);
  });

  it('keeps a login popup in the session only on an allowed host', () => {
    expect(isLoginUrl('https://www.facebook.com/login/', 'facebook', fresh())).toBe(true);
    expect(isLoginUrl('https://www.facebook.com/help/contact/1', 'facebook', fresh())).toBe(false);
    const loose = withHosts(['www.abcd.com'], ['login', 'checkpoint']);
    expect(isLoginUrl('https://www.abcd.com/login', 'facebook', loose)).toBe(true);
    expect(isLoginUrl('https://evil.example/login', 'facebook', loose)).toBe(false);
    expect(isLoginUrl('http://www.abcd.com/login', 'facebook', loose)).toBe(false);
  });
});
