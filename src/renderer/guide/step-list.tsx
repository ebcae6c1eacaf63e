/** The ordered steps, the current one marked (aria-current="step"), each with its own help and buttons. */
import type { Account, CampaignTarget } from '@shared/domain/types';
import type { GuideView } from '@shared/ipc/contract';
import type { GuidePosition, GuideStepId } from '@shared/guide/steps';
import { useApp } from '../app/app-context';
import type { GuideActions } from './use-guide-actions';
import { StepBody } from './step-body';

/** Props of `StepList`. */
export interface StepListProps {
  readonly steps: readonly GuideStepId[];
  readonly position: GuidePosition;
  readonly account: Account;
  readonly target: CampaignTarget;
  readonly view: GuideView;
  readonly actions: GuideActions;
}

/** The steps of the guide. */
export function StepList(props: StepListProps) {
  const { t } = useApp();
  const currentIndex = props.steps.indexOf(props.position as GuideStepId);
  return (
    <section class="guide-steps" aria-labelledby="guide-steps-title">
      <h2 id="guide-steps-title">{t.guide.stepsHeading}</h2>
      <ol>
        {props.steps.map((step, index) => {
          const current = step === props.position;
          const state = current ? 'current' : props.position === 'done' || index < currentIndex ? 'past' : 'future';
          return (
            <li key={step} class={`guide-step guide-step-${state}`} aria-current={current ? 'step' : undefined} data-step={step}>
              <StepBody step={step} current={current} {...props} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
