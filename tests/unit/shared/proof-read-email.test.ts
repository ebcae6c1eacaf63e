import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConfirmationEmail } from '../../../src/shared/index';
import { inspectEmail, MAX_EMAIL_BYTES, platformsOfSender } from '../../../src/shared/proof/read-email';
import { builtInCatalog } from '../../../src/shared/catalog/index';

const catalog = builtInCatalog();
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/email', name)));

describe('readConfirmationEmail: confirmations', () => {
  it('reads a plain English confirmation from facebookmail.com, with its date, for Facebook and Instagram together', () => {
    expect(readConfirmationEmail(fixture('plain-en.eml'), catalog)).toEqual({
      ok: true,
      from: 'notification@facebookmail.com',
      sentAt: '2025-05-20T12:05:09.000Z',
      subject: 'Your objection request',
      senderRecognised: true,
      platforms: ['facebook', 'instagram'],
      confirms: true,
    });
  });

  it('decodes a quoted-printable body and an RFC 2047 subject (Instagram, mail.instagram.com)', () => {
    const read = readConfirmationEmail(fixture('quoted-printable-en.eml'), catalog);
    expect(read).toMatchObject({ ok: true, subject: 'We’ve received your request', senderRecognised: true, confirms: true });
    expect(read.ok && read.platforms).toEqual(['facebook', 'instagram']);
    const inspected = inspectEmail(fixture('quoted-printable-en.eml'), catalog);
    expect(inspected.ok && inspected.email.match?.excerpt).toContain('We’ll honour your objection for your public information');
  });

  it('decodes a base64 body from a subdomain of a sender', () => {
    expect(readConfirmationEmail(fixture('base64-en.eml'), catalog)).toMatchObject({
      ok: true,
      from: 'privacy@support.facebookmail.com',
      sentAt: '2025-05-22T17:00:00.000Z',
      senderRecognised: true,
      confirms: true,
    });
  });

  it('reads a French confirmation written in ISO-8859-1, headers included', () => {
    const read = readConfirmationEmail(fixture('french-latin1.eml'), catalog);
    expect(read).toMatchObject({ ok: true, subject: "Votre demande d'opposition a été reçue", confirms: true });
    const inspected = inspectEmail(fixture('french-latin1.eml'), catalog);
    expect(inspected.ok && inspected.email.match?.excerpt).toMatch(/Nous avons bien reçu votre opposition/);
  });

  it('turns an HTML-only multipart body into text (tags split the words, entities, an inline picture)', () => {
    const inspected = inspectEmail(fixture('html-only.eml'), catalog);
    expect(inspected).toMatchObject({ ok: true, email: { confirms: true, senderRecognised: true, from: 'security@mail.instagram.com' } });
    expect(inspected.ok && inspected.email.match?.excerpt).toContain('We will honour your objection');
    expect(inspected.ok && inspected.email.match?.excerpt).not.toMatch(/<|color/);
  });
});

describe('readConfirmationEmail: what is refused', () => {
  it('does not recognise a look-alike sender, and it does not confirm even when the words match', () => {
    expect(readConfirmationEmail(fixture('lookalike-sender.eml'), catalog)).toMatchObject({
      ok: true,
      from: 'notification@facebookmail.com.evil.example',
      senderRecognised: false,
      platforms: [],
      confirms: false,
    });
    // The words do match: the app can say "from an unknown sender" rather than "not a confirmation".
    expect(inspectEmail(fixture('lookalike-sender.eml'), catalog)).toMatchObject({
      ok: true,
      email: { senderRecognised: false, confirms: true },
    });
  });

  it('matches senders by parsed domain at a label boundary', () => {
    expect(platformsOfSender('facebookmail.com', catalog)).toEqual(['facebook', 'instagram']);
    expect(platformsOfSender('notify.facebookmail.com', catalog)).toEqual(['facebook', 'instagram']);
    expect(platformsOfSender('linkedin.com', catalog)).toEqual(['linkedin']);
    for (const domain of [
      'evilfacebookmail.com',
      'facebookmail.com.evil.example',
      'instagram.com',
      'facebookmail.co',
      'xn--facebookmil-x3a.com',
      'facebookmаil.com',
    ])
      expect(platformsOfSender(domain, catalog), domain).toEqual([]);
  });

  it('does not take the form page’s own words, mailed, for a confirmation', () => {
    expect(readConfirmationEmail(fixture('form-page-text.eml'), catalog)).toMatchObject({
      ok: true,
      senderRecognised: true,
      confirms: false,
    });
  });

  it('refuses a 10 MB file with a clear sentence', () => {
    const plain = fixture('plain-en.eml');
    const big = new Uint8Array(10 * 1024 * 1024);
    big.set(plain);
    big.fill(0x41, plain.length);
    expect(big.byteLength).toBeGreaterThan(MAX_EMAIL_BYTES);
    expect(readConfirmationEmail(big, catalog)).toEqual({ ok: false, errors: [expect.stringMatching(/too large.*5 MB/)] });
  });

  it('refuses garbage bytes and an empty file, and never throws', () => {
    expect(readConfirmationEmail(fixture('garbage.bin'), catalog)).toEqual({ ok: false, errors: [expect.stringMatching(/not an e-mail/)] });
    expect(readConfirmationEmail(new Uint8Array(0), catalog)).toEqual({ ok: false, errors: ['The file is empty.'] });
    expect(readConfirmationEmail(new TextEncoder().encode('just some text\nwith lines'), catalog).ok).toBe(false);
    expect(readConfirmationEmail(undefined as unknown as Uint8Array, catalog).ok).toBe(false);
  });
});
