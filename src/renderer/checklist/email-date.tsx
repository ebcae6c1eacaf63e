/**
 * "The confirmation e-mail came on …": the person notes the day the platform's e-mail arrived, and
 * the account is recorded as confirmed by e-mail on that day (a day in the past, never ahead).
 */
import { useState } from 'preact/hooks';
import type { PairProgress } from '@shared/domain/progress';
import { companyIn } from '@shared/catalog/platform-lookup';
import { useApp } from '../app/app-context';
import { useDispatch } from './use-dispatch';
import { formatDay } from '../app/format';

/** `YYYY-MM-DD` of `date` in the machine's zone. */
function localDay(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The instant recorded for a day: noon that day in the machine's zone, or now when that is earlier. */
export function instantOfDay(day: string, now: Date): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (match === null) return null;
  const noon = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12, 0, 0);
  if (Number.isNaN(noon.getTime())) return null;
  return new Date(Math.min(noon.getTime(), now.getTime())).toISOString();
}

/** The e-mail date field of a form's proof panel. */
export function EmailDate({ pair }: { readonly pair: PairProgress }) {
  const { t, clock, locale, catalog } = useApp();
  const { send, error } = useDispatch();
  const today = localDay(clock.now());
  const [day, setDay] = useState(today);
  const company = companyIn(catalog, pair.account.platform);
  const c = t.checklist;
  const status = pair.status;
  const id = `email-date-${pair.account.id}-${pair.campaignId}`;
  if (status.kind === 'confirmed' && status.confidence === 'by-email') {
    return <p class="hint">{c.emailDateNoted({ company, date: formatDay(status.at, locale) })}</p>;
  }
  const save = async (event: Event): Promise<void> => {
    event.preventDefault();
    const at = instantOfDay(day, clock.now());
    if (at === null) return;
    await send({ kind: 'record', accountId: pair.account.id, campaignId: pair.campaignId, event: { kind: 'confirmed-by-email' }, at });
  };
  return (
    <form class="email-date" onSubmit={(event) => void save(event)}>
      <label for={id}>{c.emailDateLabel({ company })}</label>
      <div class="choice-row">
        <input
          id={id}
          type="date"
          value={day}
          max={today}
          required
          onInput={(event) => setDay(event.currentTarget.value)}
          aria-describedby={`${id}-hint`}
        />
        <button type="submit" class="button button-secondary">
          {c.emailDateSave}
        </button>
      </div>
      <p id={`${id}-hint`} class="hint">
        {c.emailDateHint({ company })}
      </p>
      {error === null ? null : <p class="field-error">{error}</p>}
    </form>
  );
}
