/** The status chip: a shape and a colour for the eye, the words for everyone. */
import type { StatusKind } from '@shared/domain/types';
import type { StandingKind } from '@shared/domain/progress';
import { standingTone } from '../checklist/status-words';

const glyphs: Readonly<Record<ReturnType<typeof standingTone>, string>> = {
  todo: 'M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16z',
  waiting: 'M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16zM12 8v4.5l3 2',
  done: 'M5 12.5l4.5 4.5L19 7.5',
  muted: 'M6 12h12',
};

/** A status chip for a standing (and the status it comes from). */
export function StatusChip({
  standing,
  status,
  text,
}: {
  readonly standing: StandingKind;
  readonly status: StatusKind;
  readonly text: string;
}) {
  const tone = standingTone(standing, status);
  return (
    <span class={`chip chip-${tone}`} data-testid="status" data-status={status} data-standing={standing}>
      <svg class="chip-glyph" viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" focusable="false">
        <path d={glyphs[tone]} fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round" />
      </svg>
      {text}
    </span>
  );
}
