/**
 * The complaint to a data protection authority, written in the person's language from the
 * account's own history: when the objection was made (date, time and zone), on which page, what
 * was sent, what came back (nothing within the month of GDPR Art. 12(3), a refusal, or a
 * confirmation), the proof files with their SHA-256, Art. 21(1) and Art. 77, and that the company
 * was asked first. The person edits it and sends it; the app never does. Pure.
 */
import { findCampaign, platformInfo, targetFor } from '../catalog/lookups';
import { followUpOf } from '../domain/follow-up';
import type { AppState, Catalog, Locale } from '../domain/types';
import type { Messages } from '../i18n/messages';
import type { Authority } from './authorities';
import { settingGoalOf } from '../guide/steps';
import { accountTimeline, formatInstant } from './timeline';

/** What the complaint is about and for whom. */
export interface ComplaintInput {
  readonly state: AppState;
  readonly catalog: Catalog;
  readonly accountId: string;
  readonly campaignId: string;
  readonly authority: Authority;
  readonly now: Date;
  readonly t: Messages;
  readonly locale: Locale;
  /** The person's zone: every date and time is written in it, with the zone named. */
  readonly zone: string;
}

/** The complaint's text, or null when the account or its campaign is unknown. */
export function complaintText(input: ComplaintInput): string | null {
  const { state, catalog, accountId, campaignId, authority, now, t, locale, zone } = input;
  const p = t.proof;
  const account = state.accounts.find((item) => item.id === accountId);
  const campaign = findCampaign(catalog, campaignId);
  const target = account === undefined ? undefined : targetFor(catalog, campaignId, account.platform);
  if (account === undefined || campaign === undefined || target === undefined) return null;
  const platform = platformInfo(catalog, account.platform)?.name ?? account.platform;
  const company = platformInfo(catalog, account.platform)?.company ?? platform;
  const when = (at: string): string => formatInstant(at, locale, zone);
  const lines = accountTimeline(state, accountId, campaignId, catalog, t, locale);
  const main = lines.filter((line) => line.event.targetId === undefined);
  const sent = main.find((line) => line.event.kind === 'submitted');
  const pageConfirmation = main.find((line) => line.event.kind === 'confirmed-on-page');
  const url = pageConfirmation?.event.kind === 'confirmed-on-page' ? pageConfirmation.event.url : (target.entryUrls[0] ?? '');
  const campaignTitle = campaign.title[locale] ?? campaign.title.en;
  const objectionText = target.objectionText[locale] ?? target.objectionText.en;

  const paragraphs: string[] = [
    p.letterSubject({ company, platform }),
    p.letterTo({ authority: authority.name }),
    p.letterOpening({ company, platform }),
  ];
  paragraphs.push(
    account.email === null
      ? p.letterAccount({ label: account.label, platform })
      : p.letterAccountEmail({ label: account.label, platform, email: account.email }),
  );
  if (sent !== undefined) {
    const objection =
      target.mechanism !== 'toggle'
        ? p.letterObjection
        : settingGoalOf(target) === 'on'
          ? p.letterObjectionSettingOn
          : p.letterObjectionSetting;
    paragraphs.push(objection({ company, date: when(sent.at), url, campaign: campaignTitle }));
    if (target.mechanism === 'form' && objectionText !== '') paragraphs.push(p.letterWhatSent({ text: objectionText }));
  }
  const followUp = followUpOf(state.events, accountId, campaignId, target, now);
  const confirmed = [...main].reverse().find((line) => line.event.kind === 'confirmed-on-page' || line.event.kind === 'confirmed-by-email');
  if (followUp.kind === 'refused')
    paragraphs.push(
      followUp.note === ''
        ? p.letterRefusedNoNote({ company, date: when(followUp.at) })
        : p.letterRefused({ company, date: when(followUp.at), note: followUp.note }),
    );
  else if (followUp.kind === 'no-answer') paragraphs.push(p.letterNoAnswer({ company, due: when(followUp.dueAt) }));
  else if (followUp.kind === 'waiting') paragraphs.push(p.letterWaiting({ company, due: when(followUp.dueAt) }));
  else if (confirmed !== undefined) paragraphs.push(p.letterConfirmed({ company, date: when(confirmed.at) }));
  paragraphs.push(p.letterLaw, p.letterAsk);
  if (lines.length > 0) paragraphs.push([p.letterTimeline, ...lines.map((line) => `– ${when(line.at)} — ${line.text}`)].join('\n'));
  const records = state.evidence.filter((record) => record.accountId === accountId && record.campaignId === campaignId);
  const files = records.flatMap((record) =>
    record.files.map((file) => p.letterProofFile({ name: file.name, date: when(record.savedAt), hash: file.sha256 })),
  );
  paragraphs.push(files.length === 0 ? p.letterNoProof : [p.letterProof, ...files.map((file) => `– ${file}`)].join('\n'));
  paragraphs.push(`${p.letterClosing}\n${p.letterSignature}`);
  return `${paragraphs.join('\n\n')}\n`;
}
