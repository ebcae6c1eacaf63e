/** The report about a changed link: what maintainers need, and nothing about the person. */
import { describe, expect, it } from 'vitest';
import { driftReport, type DriftReportInput } from '../../../src/shared/guide/drift-report';
import { PROJECT_NEW_ISSUE_URL } from '../../../src/shared/project';

const input: DriftReportInput = {
  catalogVersion: 3,
  catalogPublishedAt: '2026-12-01T00:00:00Z',
  campaignId: 'meta-ai-training-eu-2025',
  targetId: 'facebook',
  reason: 'outside-paths',
  addressTried: 'https://www.facebook.com/help/contact/6359191084165019?ref=mail&token=SECRET',
  position: 1,
  count: 5,
  urlSeen: 'https://www.facebook.com/help/contact/712876720715583?sk=h_chr&id=100012345#feed',
  pageLang: 'fr-FR',
  appLocale: 'fr',
  appVersion: '0.1.0',
};

describe('driftReport', () => {
  const report = driftReport(input);

  it('names the catalog version, the target, the addresses without their query, the languages and the app version', () => {
    expect(report.title).toBe('Catalog link changed: meta-ai-training-eu-2025 / facebook');
    expect(report.body).toContain('- Catalog: version 3 (published 2026-12-01T00:00:00Z)');
    expect(report.body).toContain('- Target: meta-ai-training-eu-2025 / facebook');
    expect(report.body).toContain('- Address tried: https://www.facebook.com/help/contact/6359191084165019 (1 of 5)');
    expect(report.body).toContain('- Page seen (query removed): https://www.facebook.com/help/contact/712876720715583');
    expect(report.body).toContain('- Page language: fr-FR');
    expect(report.body).toContain('- App language: fr');
    expect(report.body).toContain('- App version: 0.1.0');
  });

  it('carries no query, fragment, token or id', () => {
    for (const secret of ['SECRET', 'token', 'ref=mail', 'sk=h_chr', '100012345', '#feed']) expect(report.body).not.toContain(secret);
  });

  it('opens as a pre-filled issue on the project’s tracker', () => {
    const url = new URL(report.issueUrl);
    expect(`${url.origin}${url.pathname}`).toBe(PROJECT_NEW_ISSUE_URL);
    expect(url.searchParams.get('title')).toBe(report.title);
    expect(url.searchParams.get('body')).toBe(report.body);
    expect(url.searchParams.get('labels')).toBe('catalog');
  });

  it('keeps values it did not make on one line', () => {
    const odd = driftReport({ ...input, targetId: 'facebook\n- Extra: injected', appVersion: '1\r\n2' });
    expect(odd.body.split('\n').filter((line) => line.startsWith('- Extra'))).toEqual([]);
  });

  it('keeps a page whose path was left out as it is, and nothing else that looks like it', () => {
    expect(driftReport({ ...input, urlSeen: 'https://www.facebook.com/…' }).body).toContain(
      '(query removed): https://www.facebook.com/…\n',
    );
    expect(driftReport({ ...input, urlSeen: 'https://www.facebook.com/?q=secret/…' }).body).not.toContain('secret');
  });
});
