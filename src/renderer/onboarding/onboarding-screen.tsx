/**
 * First run: what Meta does with public posts; what an objection does and does not do; nothing leaves
 * this computer. Then "Add your first account". Each step moves focus to its title for screen readers.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { useApp } from '../app/app-context';

/** The onboarding screens; `onDone` is called by the last button. */
export function OnboardingScreen({ onDone }: { readonly onDone: () => void }) {
  const { t } = useApp();
  const [step, setStep] = useState(0);
  const title = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    title.current?.focus();
  }, [step]);

  const o = t.onboarding;
  const steps: readonly { readonly heading: string; readonly body: ComponentChildren; readonly art: string }[] = [
    {
      heading: o.whatTitle,
      art: 'art-what',
      body: (
        <>
          <p>{o.whatBody}</p>
          <ul class="points">
            <li>{o.whatPoint1}</li>
            <li>{o.whatPoint2}</li>
          </ul>
        </>
      ),
    },
    {
      heading: o.objectionTitle,
      art: 'art-objection',
      body: (
        <>
          <ul class="points points-contrast">
            <li class="point-yes">{o.objectionDoes}</li>
            <li class="point-no">{o.objectionDoesNot}</li>
          </ul>
          <p>{o.objectionBody}</p>
        </>
      ),
    },
    {
      heading: o.privacyTitle,
      art: 'art-privacy',
      body: (
        <>
          <p>{o.privacyBody}</p>
          <ul class="points">
            <li>{o.privacyPoint}</li>
          </ul>
        </>
      ),
    },
  ];
  const current = steps[step] ?? steps[0];
  if (current === undefined) return null;
  const last = step === steps.length - 1;

  return (
    <div class="page onboarding">
      <main class="onboarding-card" aria-labelledby="onboarding-title" data-testid="onboarding">
        <p class="step-of">{o.stepOf({ step: step + 1, total: steps.length })}</p>
        <div class="dots" aria-hidden="true">
          {steps.map((_, index) => (
            <span key={index} class={index === step ? 'dot dot-on' : 'dot'} />
          ))}
        </div>
        <div class={`art ${current.art}`} aria-hidden="true" />
        <h1 id="onboarding-title" ref={title} tabIndex={-1}>
          {current.heading}
        </h1>
        <div class="onboarding-body">{current.body}</div>
        <div class="onboarding-actions">
          {step > 0 ? (
            <button type="button" class="button button-secondary" onClick={() => setStep(step - 1)}>
              {t.common.back}
            </button>
          ) : (
            <span />
          )}
          {last ? (
            <button type="button" class="button button-primary" onClick={onDone} data-testid="onboarding-start">
              {o.start}
            </button>
          ) : (
            <button type="button" class="button button-primary" onClick={() => setStep(step + 1)} data-testid="onboarding-next">
              {t.common.next}
            </button>
          )}
        </div>
      </main>
    </div>
  );
}
