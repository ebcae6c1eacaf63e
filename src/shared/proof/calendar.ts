/**
 * "Add to my calendar": the dates ahead as an iCalendar file (RFC 5545, written by ical-generator,
 * which folds and escapes): deadlines still to come for accounts with work left, the end of each
 * waiting time for an answer (`followUpOf`), and each setting's next re-check (`recheckDueAt`).
 * Each event says what to do and names the account by its label only; UIDs are stable, so a
 * calendar that imports the file again updates its events instead of doubling them. Pure.
 */
import ical, { ICalAlarmType } from 'ical-generator';
import { platformInfo, targetFor } from '../catalog/lookups';
import { addDays, followUpOf, recheckDueAt } from '../domain/follow-up';
import { deriveStatus } from '../domain/status';
import type { AppState, Catalog, Locale } from '../domain/types';
import { pickLocale } from '../i18n/locale';
import { calendarTexts } from './calendar-texts';
import { settingGoalOf } from '../guide/steps';

/** One date ahead. */
export interface DateAhead {
  /** Stable: the same date of the same account gets the same id in every export. */
  readonly uid: string;
  readonly at: string;
  readonly summary: string;
  readonly description: string;
  readonly kind: 'deadline' | 'follow-up' | 'recheck';
}

const UID_DOMAIN = 'objector.invalid';
const EVENT_MINUTES = 30;

const dateIn = (at: string, tag: string): string =>
  new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(at));

/** Every date ahead of `now`, soonest first, in `locale` (dates written the way `dateTag`, a BCP 47 tag, writes them). */
export function datesAhead(state: AppState, catalog: Catalog, now: Date, locale: Locale, dateTag: string = locale): readonly DateAhead[] {
  const text = calendarTexts(locale);
  const dates: DateAhead[] = [];
  for (const campaign of catalog.campaigns) {
    if (campaign.deadline === null || Date.parse(campaign.deadline.instant) <= now.getTime()) continue;
    const left = state.accounts.filter((account) => {
      if (!account.campaignIds.includes(campaign.id)) return false;
      const status = deriveStatus(state, account.id, campaign.id, catalog).kind;
      return status === 'to-do' || status === 'in-progress';
    });
    if (left.length === 0) continue;
    dates.push({
      uid: `deadline-${campaign.id}@${UID_DOMAIN}`,
      at: new Date(campaign.deadline.instant).toISOString(),
      summary: text.deadlineSummary({ campaign: campaign.title[locale] ?? campaign.title.en }),
      description: text.deadlineDescription({ labels: left.map((account) => account.label).join(', ') }),
      kind: 'deadline',
    });
  }
  for (const account of state.accounts) {
    const info = platformInfo(catalog, account.platform);
    const company = info?.company ?? account.platform;
    const platform = info?.name ?? account.platform;
    for (const campaignId of account.campaignIds) {
      const target = targetFor(catalog, campaignId, account.platform);
      if (target === undefined) continue;
      const followUp = followUpOf(state.events, account.id, campaignId, target, now);
      if (followUp.kind === 'waiting')
        dates.push({
          uid: `follow-up-${account.id}-${campaignId}@${UID_DOMAIN}`,
          at: followUp.dueAt,
          summary: text.followUpSummary({ company, label: account.label }),
          description: text.followUpDescription({ company, label: account.label, sent: dateIn(followUp.sentAt, dateTag) }),
          kind: 'follow-up',
        });
      // Re-checks switched off in the settings are not dates ahead.
      const recheck = state.settings.recheckReminders ? recheckDueAt(state.events, account.id, campaignId, target) : null;
      const goalOn = settingGoalOf(target) === 'on';
      if (recheck !== null && Date.parse(recheck) > now.getTime())
        dates.push({
          uid: `recheck-${account.id}-${campaignId}@${UID_DOMAIN}`,
          at: recheck,
          // A setting to keep switched on is checked to be still on.
          summary: (goalOn ? text.recheckSummaryOn : text.recheckSummary)({ platform, label: account.label }),
          description: (goalOn ? text.recheckDescriptionOn : text.recheckDescription)({ platform, label: account.label }),
          kind: 'recheck',
        });
    }
  }
  return dates.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.uid.localeCompare(b.uid));
}

/** `tag` when Intl knows it and it is written in `language`, else the language itself. */
function supportedTag(tag: string, language: Locale): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).find((known) => known.toLowerCase().startsWith(language)) ?? language;
  } catch {
    return language;
  }
}

/** The .ics text (RFC 5545) of every date ahead of `now`. */
export function calendarFile(state: AppState, catalog: Catalog, now: Date, locale: string): string {
  const language = pickLocale([locale]);
  const dateTag = supportedTag(locale, language);
  const calendar = ical({
    name: calendarTexts(language).name,
    prodId: { company: 'Objector', product: 'Objector', language: language.toUpperCase() },
  });
  for (const date of datesAhead(state, catalog, now, language, dateTag)) {
    const event = calendar.createEvent({
      id: date.uid,
      stamp: now,
      start: new Date(date.at),
      end: new Date(addDays(date.at, EVENT_MINUTES / (24 * 60))),
      summary: date.summary,
      description: date.description,
    });
    if (date.kind === 'deadline') event.createAlarm({ type: ICalAlarmType.display, trigger: 24 * 60 * 60, description: date.summary });
  }
  return calendar.toString();
}
