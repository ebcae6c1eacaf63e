import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { buildProofPack, folderOf } from '../../../src/shared/proof/proof-pack';
import { builtInCatalog } from '../../../src/shared/catalog/index';
import { loadMessages } from '../../../src/shared/i18n/load';
import { accountId, META } from '../../support/domain-fixtures';
import { PAGE_FILES, PAGE_PROOF, proofState, PROOF_NOW } from '../../support/proof-fixtures';
import { hasPdftotext, pdfText } from '../../support/pdf-text';

const font = new Uint8Array(readFileSync(join(import.meta.dirname, '../../../assets/fonts/DejaVuSans.ttf')));
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function pack(accountIds: readonly string[], locale: 'en' | 'pl' = 'en', state = proofState()) {
  return buildProofPack({
    state,
    catalog: builtInCatalog(),
    accountIds,
    now: PROOF_NOW,
    t: await loadMessages(locale),
    locale,
    zone: 'Europe/Paris',
    appVersion: '0.1.0',
    font,
    fileOf: (record, file) => (record.id === PAGE_PROOF.id ? (PAGE_FILES[file.name] ?? null) : null),
    complaints: [
      {
        accountId: accountId(1),
        campaignId: META,
        authorityId: 'ie-dpc',
        text: 'My complaint, as written.\n',
        savedAt: '2026-12-01T08:00:00Z',
      },
    ],
    sha256: (bytes) => Promise.resolve(sha256(bytes)),
  });
}

describe('the proof pack', () => {
  it('holds the summary, the README, the page captures, the complaint and a SHA256SUMS that matches every file', async () => {
    const { zip, missing } = await pack([accountId(1)]);
    expect(missing).toBe(0);
    const files = unzipSync(zip);
    const folder = `${folderOf(0, 'Marie, personal')}/2026-09-01T10-06-00+02-00_dddddddd`;
    expect(Object.keys(files).sort()).toEqual(
      [
        'README.txt',
        'SHA256SUMS',
        'summary.pdf',
        `01-Marie-personal/complaint-${META}.txt`,
        `${folder}/page.pdf`,
        `${folder}/page.png`,
        `${folder}/record.json`,
      ].sort(),
    );
    const sums = strFromU8(files.SHA256SUMS ?? new Uint8Array())
      .trim()
      .split('\n')
      .map((line) => line.split('  '));
    expect(sums).toHaveLength(5);
    for (const [hash, path] of sums) expect(sha256(files[path ?? ''] ?? new Uint8Array()), path).toBe(hash);
    for (const file of PAGE_PROOF.files) expect(sums).toContainEqual([file.sha256, `${folder}/${file.name}`]);
    expect(strFromU8(files[`01-Marie-personal/complaint-${META}.txt`] ?? new Uint8Array())).toBe('My complaint, as written.\n');
  });

  it.skipIf(!hasPdftotext)(
    'has a summary PDF whose text shows who, the platform and campaign, the history with zones, and the hashes',
    async () => {
      const { zip } = await pack([accountId(1)]);
      const text = pdfText(unzipSync(zip)['summary.pdf'] ?? new Uint8Array());
      expect(text).toContain('Proof of objection: Marie, personal');
      expect(text).toContain('marie.example@example.org');
      expect(text).toContain('Facebook');
      expect(text).toContain('Accounts Center group: Marie');
      expect(text).toMatch(/1 September 2026 at 10:00 \(Europe\/Paris, GMT\+2\) — Form opened/);
      expect(text).toMatch(/1 September 2026 at 10:05 \(Europe\/Paris, GMT\+2\) — Objection sent/);
      for (const file of PAGE_PROOF.files) expect(text).toContain(file.sha256);
      expect(text).toContain(`The complaint written for this account is in 01-Marie-personal/complaint-${META}.txt.`);
    },
  );

  it.skipIf(!hasPdftotext)('prints Polish, Czech, Greek and Bulgarian letters, one page per account for all accounts', async () => {
    const state = proofState();
    const renamed = {
      ...state,
      accounts: state.accounts.map((account, index) => (index === 0 ? { ...account, label: 'Łucja Žák Σοφία Мария' } : account)),
    };
    const { zip, missing } = await pack(
      renamed.accounts.map((account) => account.id),
      'pl',
      renamed,
    );
    expect(missing).toBe(0);
    const text = pdfText(unzipSync(zip)['summary.pdf'] ?? new Uint8Array());
    expect(text).toContain('Łucja Žák Σοφία Мария');
    expect(text.split('\f').filter((page) => page.trim() !== '')).toHaveLength(5);
  });

  it('lists a proof file it cannot find as missing, with its hash, and still builds', async () => {
    const state = proofState();
    const lost = { ...state, evidence: [{ ...PAGE_PROOF, id: 'dddddddd-0000-4000-8000-000000000009' }] };
    const { zip, missing } = await pack([accountId(1)], 'en', lost);
    expect(missing).toBe(3);
    expect(Object.keys(unzipSync(zip))).not.toContain(expect.stringContaining('page.png'));
  });
});
