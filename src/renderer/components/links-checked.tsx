/**
 * "Links checked on …" with the sources behind them (issue 11), so a person can judge how fresh
 * and how well-founded the links are. For several targets (a campaign) it gives the oldest date:
 * the claim holds for every link shown.
 */
import type { CampaignTarget, Source } from '@shared/domain/types';
import { useApp } from '../app/app-context';
import { formatDay } from '../app/format-day';
import { localizedOr } from '@shared/guide/steps';

/** Props of `LinksChecked`. */
export interface LinksCheckedProps {
  readonly targets: readonly Pick<CampaignTarget, 'checkedAt' | 'sources'>[];
  /** Show the sources under a disclosure (the guide panel); the checklist shows the date only. */
  readonly withSources?: boolean;
}

/** The oldest `checkedAt` of `targets`, or null when there are none. */
export function oldestCheck(targets: LinksCheckedProps['targets']): string | null {
  return targets.reduce<string | null>(
    (oldest, target) => (oldest === null || target.checkedAt < oldest ? target.checkedAt : oldest),
    null,
  );
}

function uniqueSources(targets: LinksCheckedProps['targets']): readonly Source[] {
  const seen = new Set<string>();
  return targets.flatMap((target) => target.sources).filter((source) => !seen.has(source.title.en) && seen.add(source.title.en));
}

/** The line, and its sources. */
export function LinksChecked({ targets, withSources = false }: LinksCheckedProps) {
  const { t, locale } = useApp();
  const oldest = oldestCheck(targets);
  if (oldest === null) return null;
  const line = t.catalog.linksChecked({ date: formatDay(oldest, locale) });
  if (!withSources) {
    return (
      <p class="links-checked muted" data-testid="links-checked">
        {line}
      </p>
    );
  }
  return (
    <details class="links-checked" data-testid="links-checked">
      <summary class="muted">{line}</summary>
      <p class="links-checked-heading">{t.catalog.sourcesHeading}</p>
      <ul class="links-checked-sources">
        {uniqueSources(targets).map((source) => {
          const date = formatDay(source.date, locale);
          const title = localizedOr(source.title, locale);
          const text =
            source.publication === undefined
              ? t.catalog.sourceDated({ title, date })
              : t.catalog.sourcePublished({ title, publication: source.publication, date });
          return (
            <li key={source.title.en}>
              {source.url === undefined ? (
                text
              ) : (
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {text}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
