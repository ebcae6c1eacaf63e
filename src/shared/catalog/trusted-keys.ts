/**
 * The public keys whose signatures on a catalog update this build trusts (base64 of the raw
 * 32-byte Ed25519 key). The private halves are never in the repository: a maintainer keeps theirs
 * in `~/.config/objector/catalog-signing.key` and the release workflow gets it from the repository
 * secret OBJECTOR_CATALOG_SIGNING_KEY (docs/catalog.md, "Keys").
 *
 * To replace or add a key: `node scripts/sign-catalog.mjs keygen`, paste the printed public key
 * here, and ship a release: a catalog update cannot change which keys are trusted.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { base64 } from '@scure/base';

/**
 * The development key generated for issue 11, fingerprint
 * 232a cdf0 742c 3e25 80db 5aac cb27 2743 7111 f3bb fb28 3658 a617 e91d 62e6 a722.
 * Replace it with the project's own key before the first release that publishes a catalog.
 */
export const TRUSTED_CATALOG_KEYS: readonly string[] = ['Gs80wPMwoOqP3i/bCMdHHYLjMZzwCOgNpPMcKhQbnsA='];

/** A key's fingerprint as people compare it: SHA-256 of the raw key, hex in groups of four; '' when it is not a key. */
export function keyFingerprint(publicKey: string): string {
  try {
    const bytes = base64.decode(publicKey);
    if (bytes.length !== 32) return '';
    return (bytesToHex(sha256(bytes)).match(/.{4}/g) ?? []).join(' ');
  } catch {
    return '';
  }
}
