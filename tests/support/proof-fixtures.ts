/**
 * A fixed history for the proof tests (complaint, proof pack, calendar): invented accounts, no
 * real person's data. "Now" is 2026-12-01T09:00:00Z.
 */
import { createHash } from 'node:crypto';
import type { AppState, EvidenceRecord } from '../../src/shared/domain/types';
import { account, accountId, event, groupId, META, stateWith } from './domain-fixtures';

/** "Now" in the proof tests. */
export const PROOF_NOW = new Date('2026-12-01T09:00:00Z');
/** LinkedIn's campaign id. */
export const LINKEDIN = 'linkedin-genai-2025';

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The bytes of the page proof's files, by name. */
export const PAGE_FILES: Readonly<Record<string, Uint8Array>> = {
  'page.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
  'page.pdf': new TextEncoder().encode('%PDF-1.7\n% an invented capture\n'),
  'record.json': new TextEncoder().encode('{"format":"objector-evidence/1"}\n'),
};

/** The page proof of account 1. */
export const PAGE_PROOF: EvidenceRecord = {
  id: 'dddddddd-0000-4000-8000-000000000001',
  accountId: accountId(1),
  campaignId: META,
  origin: 'page',
  url: 'https://www.facebook.com/help/contact/6359191084165019',
  savedAt: '2026-09-01T10:06:00+02:00',
  zone: 'Europe/Paris',
  files: Object.entries(PAGE_FILES).map(([name, bytes]) => ({
    kind: name.endsWith('.png') ? ('png' as const) : name.endsWith('.pdf') ? ('pdf' as const) : ('json' as const),
    name,
    sha256: sha(bytes),
    bytes: bytes.byteLength,
  })),
};

/**
 * 1 "Marie, personal" (Facebook): sent 1 Sep 2026, page proof, no answer since.
 * 2 "Marie, photos" (Instagram): sent 10 Oct, refused 15 Nov.
 * 3 "Marie at work" (LinkedIn setting): switched off 20 Nov, re-check due 18 Feb 2027.
 * 4 "Jean" (Facebook): sent 25 Nov, waiting until 25 Dec.
 * 5 "Old page" (Facebook): nothing done yet.
 */
export function proofState(): AppState {
  return stateWith({
    groups: [{ id: groupId(1), name: 'Marie' }],
    accounts: [
      account(1, { label: 'Marie, personal', email: 'marie.example@example.org', groupId: groupId(1) }),
      account(2, { label: 'Marie, photos', platform: 'instagram', groupId: groupId(1) }),
      account(3, { label: 'Marie at work', platform: 'linkedin', campaignIds: [LINKEDIN] }),
      account(4, { label: 'Jean', email: 'jean.example@example.org' }),
      account(5, { label: 'Old page' }),
    ],
    events: [
      event(1, '2026-09-01T08:00:00.000Z', { kind: 'form-opened' }),
      event(1, '2026-09-01T08:05:00.000Z', { kind: 'submitted', source: 'person' }),
      event(1, '2026-09-01T08:06:00.000Z', { kind: 'evidence-saved', evidenceId: PAGE_PROOF.id }),
      event(2, '2026-10-10T17:30:00.000Z', { kind: 'submitted', source: 'detected' }),
      event(2, '2026-11-15T12:00:00.000Z', { kind: 'platform-refused', note: 'They asked for a copy of my ID' }),
      { ...event(3, '2026-11-20T10:00:00.000Z', { kind: 'submitted', source: 'person' }), campaignId: LINKEDIN },
      event(4, '2026-11-25T19:45:00.000Z', { kind: 'submitted', source: 'person' }),
    ],
    evidence: [PAGE_PROOF],
  });
}
