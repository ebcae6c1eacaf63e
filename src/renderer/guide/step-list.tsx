/**
 * The ordered steps, the current one marked (aria-current="step"), each with its own help and
 * buttons. The same list serves the desktop's guided window and the browser version's guide.
 */
import type { GuidePosition, GuideStepId } from '@shared/guide/steps';
import { useApp } from '../app/app-context';
import { StepBody, type StepBodyProps } from './step-body';

/** Props of `StepList`. */
export interface StepListProps extends Omit<StepBodyProps, 'step' | 'current'> {
  readonly steps: readonly GuideStepId[];
  readonly position: GuidePosition;
  /** The id of the list's heading (one per page). */
  readonly headingId?: string;
}

/** The steps of the guide. */
export function StepList({ steps, position, headingId = 'guide-steps-title', ...body }: StepListProps) {
  const { t } = useApp();
  const currentIndex = steps.indexOf(position as GuideStepId);
  return (
    <section class="guide-steps" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.guide.stepsHeading}</h2>
      <ol>
        {steps.map((step, index) => {
          const current = step === position;
          const state = current ? 'current' : position === 'done' || index < currentIndex ? 'past' : 'future';
          return (
            <li key={step} class={`guide-step guide-step-${state}`} aria-current={current ? 'step' : undefined} data-step={step}>
              <StepBody step={step} current={current} {...body} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
