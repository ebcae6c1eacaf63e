/**
 * The proof pack: one `.zip` (fflate) that stands on its own: README.txt, summary.pdf (one page
 * per account: who, platform and campaign, where it stands, the history, the hashes), one folder
 * per account with its proof folders (page captures, e-mails, the person's own files) as they were
 * saved, the complaint if one was written, and SHA256SUMS (checkable with `sha256sum -c`).
 * Both backends build it with this function: main from the evidence folder, the browser from its
 * file store. Pure: files, font, time and texts are passed in.
 */
import { zipSync, strToU8 } from 'fflate';
import { findCampaign, platformInfo } from '../catalog/lookups';
import type { AppState, Catalog, EvidenceFile, EvidenceRecord, Locale } from '../domain/types';
import { evidenceFolderName } from '../guide/evidence-record';
import type { Messages } from '../i18n/messages';
import { accountTimeline, formatInstant } from './timeline';
import { summaryPdf, type SummarySection } from './summary-pdf';
import { folderOf } from './pack-names';

export { folderOf } from './pack-names';
import { statusLine } from './status-line';

/** A complaint written for an account and campaign. */
export interface SavedComplaint {
  readonly accountId: string;
  readonly campaignId: string;
  readonly authorityId: string;
  readonly text: string;
  readonly savedAt: string;
}

/** Everything the pack is made of. */
export interface PackInput {
  readonly state: AppState;
  readonly catalog: Catalog;
  /** The accounts in the pack, in order. */
  readonly accountIds: readonly string[];
  readonly now: Date;
  readonly t: Messages;
  readonly locale: Locale;
  readonly zone: string;
  readonly appVersion: string;
  /** DejaVu Sans (assets/fonts). */
  readonly font: Uint8Array;
  /** A proof file's bytes, or null when it cannot be found. */
  readonly fileOf: (record: EvidenceRecord, file: EvidenceFile) => Uint8Array | null;
  readonly complaints: readonly SavedComplaint[];
  /** SHA-256 in hex, for the files the pack itself writes (the summary, complaints). */
  readonly sha256: (bytes: Uint8Array) => Promise<string>;
}

/** The pack's bytes, and how many listed proof files could not be found. */
export interface Pack {
  readonly zip: Uint8Array;
  readonly missing: number;
}

/** Builds the pack. */
export async function buildProofPack(input: PackInput): Promise<Pack> {
  const { state, catalog, t, locale, zone } = input;
  const p = t.proof;
  const when = (at: string): string => formatInstant(at, locale, zone);
  const entries: Record<string, Uint8Array> = {};
  const sums: string[] = [];
  const sections: SummarySection[] = [];
  let missing = 0;
  const accounts = input.accountIds.flatMap((id) => state.accounts.filter((account) => account.id === id));
  for (const [index, account] of accounts.entries()) {
    const folder = folderOf(index, account.label);
    const info = platformInfo(catalog, account.platform);
    const group = state.groups.find((item) => item.id === account.groupId);
    for (const campaignId of account.campaignIds) {
      const campaign = findCampaign(catalog, campaignId);
      const records = state.evidence.filter((record) => record.accountId === account.id && record.campaignId === campaignId);
      const fileLines: string[] = [];
      for (const record of records) {
        for (const file of record.files) {
          const path = `${folder}/${evidenceFolderName(record.savedAt, record.id)}/${file.name}`;
          const bytes = input.fileOf(record, file);
          if (bytes === null) {
            missing += 1;
            fileLines.push(`${p.packFileMissing({ name: path })}\n  SHA-256 ${file.sha256}`);
            continue;
          }
          entries[path] = bytes;
          sums.push(`${file.sha256}  ${path}`);
          fileLines.push(`${path}\n  SHA-256 ${file.sha256}`);
        }
      }
      const complaint = input.complaints.find((item) => item.accountId === account.id && item.campaignId === campaignId);
      const complaintPath = `${folder}/complaint-${campaignId}.txt`;
      if (complaint !== undefined) {
        const path = complaintPath;
        const bytes = strToU8(complaint.text);
        entries[path] = bytes;
        const hash = await input.sha256(bytes);
        sums.push(`${hash}  ${path}`);
        fileLines.push(`${path}\n  SHA-256 ${hash}`);
      }
      const timeline = accountTimeline(state, account.id, campaignId, catalog, t, locale).map((line) => `${when(line.at)} — ${line.text}`);
      const facts = [
        { label: p.packWho, value: account.label },
        { label: p.packEmail, value: account.email ?? t.checklist.noEmail },
        { label: p.packPlatform, value: info?.name ?? account.platform },
        { label: p.packCampaign, value: campaign === undefined ? campaignId : (campaign.title[locale] ?? campaign.title.en) },
        ...(group === undefined ? [] : [{ label: p.packGroup, value: group.name }]),
        { label: p.packStatus, value: statusLine(state, account.id, campaignId, catalog, t, when) },
      ];
      sections.push({
        title: p.packTitle({ label: account.label }),
        facts,
        timelineHeading: p.packTimeline,
        timeline: timeline.length === 0 ? [p.historyNone] : timeline,
        filesHeading: p.packFiles,
        files: fileLines.length === 0 ? [p.packNoFiles] : fileLines,
        note: complaint === undefined ? null : p.packComplaint({ file: complaintPath }),
      });
    }
  }
  const date = when(input.now.toISOString());
  const title = accounts.length === 1 && accounts[0] !== undefined ? p.packTitle({ label: accounts[0].label }) : p.packAllTitle;
  const pdf = await summaryPdf({
    title,
    sections,
    footer: p.packFooter({ date, version: input.appVersion }),
    now: input.now,
    font: input.font,
  });
  entries['summary.pdf'] = pdf;
  entries['README.txt'] = strToU8(`${p.packReadme({ date })}\n`);
  entries.SHA256SUMS = strToU8(`${[`${await input.sha256(pdf)}  summary.pdf`, ...sums].join('\n')}\n`);
  const mtime = input.now;
  const zip = zipSync(Object.fromEntries(Object.entries(entries).map(([path, bytes]) => [path, [bytes, { mtime }]])), { level: 6 });
  return { zip, missing };
}
