/**
 * Signed catalog updates for tests: a key pair of the test's own (never the project's key), and
 * newer catalogs built from the built-in one, signed with it or tampered with.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { base64 } from '@scure/base';
import { catalogDocument } from '../../src/shared/catalog/catalog-update';
import { builtInCatalog } from '../../src/shared/catalog/index';
import { catalogBundle, type SignedCatalog } from '../../src/shared/catalog/update-files';

/** A fresh Ed25519 key pair, its public key in the form the app trusts. */
export function testSigner(): { readonly trustedKeys: readonly string[]; readonly sign: (text: string) => string } {
  const { secretKey, publicKey } = ed25519.keygen();
  return {
    trustedKeys: [base64.encode(publicKey)],
    sign: (text) => base64.encode(ed25519.sign(new TextEncoder().encode(text), secretKey)),
  };
}

/** The built-in catalog at `version`, with a platform and campaign for Mastodon added (so a screen can show it changed). */
export function catalogWithMastodon(version: number): string {
  const catalog = builtInCatalog();
  const quora = catalog.campaigns.find((campaign) => campaign.id === 'quora-llm-training');
  const target = quora?.targets[0];
  if (quora === undefined || target === undefined) throw new Error('no quora campaign to copy');
  return catalogDocument({
    ...catalog,
    version,
    platforms: [...catalog.platforms, { id: 'mastodon', name: 'Mastodon', company: 'Mastodon', accountsCenter: false, emailSenders: [] }],
    campaigns: [
      ...catalog.campaigns,
      {
        ...quora,
        id: 'mastodon-test-campaign',
        title: { en: 'Mastodon: a test campaign' },
        targets: [
          { ...target, id: 'mastodon', platform: 'mastodon', entryUrls: ['https://mastodon.social/'], allowedHosts: ['mastodon.social'] },
        ],
      },
    ],
  });
}

/** A signed document, and its bundle. */
export function signedUpdate(sign: (text: string) => string, document: string): SignedCatalog & { readonly bundle: string } {
  const signed = { document, signature: sign(document) };
  return { ...signed, bundle: catalogBundle(signed) };
}
