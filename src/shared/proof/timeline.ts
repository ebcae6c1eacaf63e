/**
 * An account's history on one campaign, in words: every recorded step (main target and extras)
 * in order, each with its instant, for the proof panel, the proof pack's summary and the complaint.
 * Also how sure we are that the platform confirmed by e-mail, and dates written with their zone.
 * Pure: messages, zone and catalog are passed in.
 */
import { findCampaign, platformInfo } from '../catalog/lookups';
import type { AppState, CampaignTarget, Catalog, EvidenceRecord, Locale, ProgressEvent } from '../domain/types';
import { settingGoalOf } from '../guide/steps';
import type { Messages } from '../i18n/messages';
import { authorityById } from './authorities';

/** One line of the history. */
export interface TimelineLine {
  readonly at: string;
  readonly text: string;
  readonly event: ProgressEvent;
}

/** The Intl tag dates follow for a language: European conventions (day first, 24-hour clock). */
export function dateTagOf(locale: Locale): string {
  if (locale === 'en') return 'en-GB';
  return locale === 'pt' ? 'pt-PT' : locale;
}

/** `at` as a date and time in `zone`, with the zone and its offset, e.g. "20 May 2025, 14:05 (Europe/Paris, GMT+2)". */
export function formatInstant(at: string, locale: Locale, zone: string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  const text = new Intl.DateTimeFormat(dateTagOf(locale), { dateStyle: 'long', timeStyle: 'short', timeZone: zone }).format(date);
  const offset = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' })
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName')?.value;
  return `${text} (${zone}${offset === undefined ? '' : `, ${offset}`})`;
}

/** The words of a stored not-applicable reason. */
function reasonWords(reason: string, t: Messages): string {
  if (reason === 'under-18') return t.status.reasons.under18;
  if (reason === 'no-public-content') return t.status.reasons.noPublicContent;
  return reason === '' ? t.status.reasons.other : reason;
}

function stepWords(
  event: ProgressEvent,
  t: Messages,
  company: string,
  target: CampaignTarget | undefined,
  evidence: readonly EvidenceRecord[],
): string {
  const mechanism = target?.mechanism ?? 'form';
  // A setting's steps in the words of its goal: switched off (most), or on.
  const on = target !== undefined && mechanism === 'toggle' && settingGoalOf(target) === 'on';
  const p = t.proof;
  switch (event.kind) {
    case 'form-opened':
      return mechanism === 'toggle' ? p.stepSettingOpened : p.stepFormOpened;
    case 'submitted':
      if (mechanism === 'toggle') return on ? p.stepSwitchedOn : p.stepSwitchedOff;
      return event.source === 'person' ? p.stepSubmittedPerson : p.stepSubmittedDetected;
    case 'confirmed-on-page':
      return p.stepConfirmedOnPage({ company });
    case 'confirmed-by-email':
      return p.stepConfirmedByEmail({ company });
    case 'evidence-saved': {
      const record = evidence.find((item) => item.id === event.evidenceId);
      return p.stepEvidence({ files: record === undefined ? '—' : record.files.map((file) => file.name).join(', ') });
    }
    case 'marked-not-applicable':
      return p.stepNotApplicable({ reason: reasonWords(event.reason, t) });
    case 'reopened':
      return p.stepReopened;
    case 'rechecked':
      return on ? p.stepRecheckedOn : p.stepRechecked;
    case 'platform-refused':
      return event.note === '' ? p.stepRefusedNoNote({ company }) : p.stepRefused({ company, note: event.note });
    case 'no-answer':
      return p.stepNoAnswer;
    case 'complaint-filed':
      return p.stepComplaint({ authority: authorityById(event.authorityId)?.name ?? event.authorityId });
  }
}

/** The history of `accountId` on `campaignId`, oldest first, in `locale`. */
export function accountTimeline(
  state: AppState,
  accountId: string,
  campaignId: string,
  catalog: Catalog,
  t: Messages,
  locale: Locale,
): readonly TimelineLine[] {
  const account = state.accounts.find((item) => item.id === accountId);
  if (account === undefined) return [];
  const company = platformInfo(catalog, account.platform)?.company ?? account.platform;
  const targets = findCampaign(catalog, campaignId)?.targets.filter((target) => target.platform === account.platform) ?? [];
  const main = targets.find((target) => target.role === 'main');
  return state.events
    .filter((event) => event.accountId === accountId && event.campaignId === campaignId)
    .map((event, index) => ({ event, index }))
    .sort((a, b) => Date.parse(a.event.at) - Date.parse(b.event.at) || a.index - b.index)
    .map(({ event }) => {
      const target = event.targetId === undefined ? main : targets.find((item) => item.id === event.targetId);
      const step = stepWords(event, t, company, target, state.evidence);
      const title = event.targetId === undefined ? undefined : (target?.title?.[locale] ?? target?.title?.en);
      return { at: event.at, event, text: title === undefined ? step : t.proof.stepExtra({ title, step }) };
    });
}
