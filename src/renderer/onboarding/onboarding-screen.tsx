/**
 * First run, for the situation people are in today: which platforms they use (every platform a
 * campaign of the catalog targets), where each campaign stands today (its date, passed or ahead, and
 * what objecting or switching off still does, all catalog data), what an objection does and does
 * not, and that nothing leaves this computer. It ends on the checklist with those platforms ready to
 * add. Each step moves focus to its title for screen readers.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Platform } from '@shared/domain/types';
import { deadlineState } from '@shared/domain/overview';
import { localizedOr } from '@shared/guide/steps';
import { nameIn } from '@shared/catalog/platform-lookup';
import { useApp } from '../app/app-context';
import { useCatalog } from '../app/use-catalog';
import { formatDeadline } from '../app/format';
import { PlatformIcon } from '../components/platform-icon';
import { offeredPlatforms } from '@shared/domain/reducer';

/** The onboarding screens; `onDone` gets the platforms the person said they use. */
export function OnboardingScreen({ onDone }: { readonly onDone: (platforms: readonly Platform[]) => void }) {
  const { t, locale, clock } = useApp();
  const catalog = useCatalog();
  const [step, setStep] = useState(0);
  const [chosen, setChosen] = useState<ReadonlySet<Platform>>(new Set());
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
  const platforms = useMemo(() => offeredPlatforms(catalog), [catalog]);
  const now = clock.now();
  const concerned = catalog.campaigns.filter(
    (campaign) => chosen.size === 0 || campaign.targets.some((target) => target.role === 'main' && chosen.has(target.platform)),
  );
  const toggle = (platform: Platform, on: boolean): void => {
    const next = new Set(chosen);
    if (on) next.add(platform);
    else next.delete(platform);
    setChosen(next);
  };

  const steps: readonly { readonly heading: string; readonly body: ComponentChildren; readonly art: string }[] = [
    {
      heading: o.platformsTitle,
      art: 'art-what',
      body: (
        <fieldset class="choices choices-platform">
          <legend>{o.platformsBody}</legend>
          {platforms.map((platform) => (
            <label key={platform} class="choice choice-card">
              <input type="checkbox" checked={chosen.has(platform)} onChange={(event) => toggle(platform, event.currentTarget.checked)} />
              <PlatformIcon platform={platform} label={null} size={22} />
              {nameIn(catalog, platform)}
            </label>
          ))}
        </fieldset>
      ),
    },
    {
      heading: o.todayTitle,
      art: 'art-today',
      body: (
        <ul class="today" data-testid="today">
          {concerned.map((campaign) => {
            const state = deadlineState(campaign, now);
            const date =
              campaign.deadline === null
                ? o.todayNone
                : state.kind === 'passed'
                  ? o.todayPassed({ date: formatDeadline(campaign.deadline, locale) })
                  : o.todayAhead({ date: formatDeadline(campaign.deadline, locale) });
            return (
              <li key={campaign.id} data-campaign-id={campaign.id}>
                <p class="today-title">
                  <strong>{localizedOr(campaign.title, locale)}</strong> · {date}
                </p>
                <p>{localizedOr(campaign.summary, locale)}</p>
                {state.kind === 'passed' ? <p>{localizedOr(campaign.afterDeadline, locale)}</p> : null}
              </li>
            );
          })}
        </ul>
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
            <button
              type="button"
              class="button button-primary"
              onClick={() => onDone(platforms.filter((platform) => chosen.has(platform)))}
              data-testid="onboarding-start"
            >
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
