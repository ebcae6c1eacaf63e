/**
 * The report a person may send when a link seems to have changed: what maintainers need to fix
 * the catalog (catalog version, target, the address tried and the page seen without its query,
 * languages, app version) and nothing about the person (no account, name, e-mail, cookie or page
 * text). The person copies it, or opens it as a pre-filled issue in their own browser; the app
 * never sends it. In English: it is addressed to the project's maintainers.
 */
import { withoutQuery } from '../catalog/page-address';
import { PROJECT_NEW_ISSUE_URL } from '../project';
import type { DriftReason } from './drift';

/** What the report says. */
export interface DriftReportInput {
  readonly catalogVersion: number;
  readonly catalogPublishedAt: string;
  readonly campaignId: string;
  readonly targetId: string;
  readonly reason: DriftReason;
  /** The catalog address the guide opened (one of the target's entry or Privacy Center URLs). */
  readonly addressTried: string;
  /** 1-based position of that address, and how many the target has. */
  readonly position: number;
  readonly count: number;
  /** The address the page ended on; its query and fragment are removed here. */
  readonly urlSeen: string;
  /** The page's declared language, '' when none. */
  readonly pageLang: string;
  /** The app's language. */
  readonly appLocale: string;
  readonly appVersion: string;
}

/** A report, ready to copy or to open as a new issue. */
export interface DriftReport {
  readonly title: string;
  readonly body: string;
  /** The tracker's new-issue page with title and body filled in. */
  readonly issueUrl: string;
}

const REASONS: Readonly<Record<DriftReason, string>> = {
  unavailable: 'the page says the content is not available',
  gone: 'the address answered 404 or 410',
  'outside-paths': 'the page ended outside the target’s expected paths',
  'markers-missing': 'the page lacks the target’s expected markers in its language',
};

/** Keeps a free-form value on one short line, so a report cannot be made to say more than it should. */
function oneLine(value: string, max = 300): string {
  const flat = value.replace(/\p{Cc}+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** A host with its path left out (`https://host/…`, see `reportableAddress`) stays so; anything else loses its query. */
function pageSeen(url: string): string {
  return /^https?:\/\/[a-z0-9.:[\]-]{1,260}\/…$/i.test(url) ? url : withoutQuery(url);
}

/** The report for a changed link. */
export function driftReport(input: DriftReportInput): DriftReport {
  const title = `Catalog link changed: ${oneLine(input.campaignId, 80)} / ${oneLine(input.targetId, 80)}`;
  const body = [
    'A link in Objector’s catalog seems to have changed.',
    '',
    `- Catalog: version ${input.catalogVersion} (published ${oneLine(input.catalogPublishedAt, 40)})`,
    `- Target: ${oneLine(input.campaignId, 80)} / ${oneLine(input.targetId, 80)}`,
    `- Address tried: ${oneLine(withoutQuery(input.addressTried))} (${input.position} of ${input.count})`,
    `- What the app saw: ${REASONS[input.reason]}`,
    `- Page seen (query removed): ${oneLine(pageSeen(input.urlSeen)) || '(none)'}`,
    `- Page language: ${oneLine(input.pageLang, 20) || '(not declared)'}`,
    `- App language: ${oneLine(input.appLocale, 20)}`,
    `- App version: ${oneLine(input.appVersion, 40)}`,
    '',
    'Nothing else is included: no account, name, e-mail address, cookie or page text.',
  ].join('\n');
  const issueUrl = `${PROJECT_NEW_ISSUE_URL}?title=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}&labels=catalog`;
  return { title, body, issueUrl };
}
