/**
 * Complaints the person saved with their proof: one JSON file per account and campaign under
 * `<userData>/complaints/<accountId>/<campaignId>.json`, written atomically. Outside the state file
 * on purpose: a complaint is a document the person edits, not a step; the proof pack includes it.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { SavedComplaint } from '@shared/proof/proof-pack';
import { check, isoInstant, object, string, uuid } from '@shared/validate';
import { writeFileAtomic } from '../evidence/files';

const complaintSchema = object({
  accountId: uuid(),
  campaignId: string({ max: 80, pattern: /^[a-z0-9][a-z0-9-]*$/ }),
  authorityId: string({ max: 64, pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/ }),
  text: string({ min: 1, max: 50_000 }),
  savedAt: isoInstant(),
});

/** The complaints folder inside the app's data folder. */
export const complaintsDir = (dataDir: string): string => join(dataDir, 'complaints');

/** Saves (or replaces) the complaint of its account and campaign. */
export function saveComplaint(dataDir: string, complaint: SavedComplaint): void {
  writeFileAtomic(
    join(complaintsDir(dataDir), complaint.accountId, `${complaint.campaignId}.json`),
    `${JSON.stringify(complaint, null, 2)}\n`,
  );
}

/** Every readable complaint of the accounts in `accountIds`; unreadable files are skipped, never deleted. */
export function readComplaints(dataDir: string, accountIds: readonly string[]): readonly SavedComplaint[] {
  const found: SavedComplaint[] = [];
  for (const accountId of accountIds) {
    const folder = join(complaintsDir(dataDir), accountId);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.json'))) {
      try {
        const checked = check(complaintSchema, JSON.parse(readFileSync(join(folder, name), 'utf8')));
        if (checked.ok && checked.value.accountId === accountId) found.push(checked.value);
      } catch {
        // An unreadable file stays where it is; it is simply not offered.
      }
    }
  }
  return found;
}

/** Removes the complaints of an account that was removed. */
export function forgetComplaints(dataDir: string, accountId: string): void {
  rmSync(join(complaintsDir(dataDir), accountId), { recursive: true, force: true });
}
