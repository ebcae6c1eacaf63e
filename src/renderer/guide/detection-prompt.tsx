/** "Is this Meta's confirmation?": the page's words, then Yes (record it and save proof) or No. */
import { useEffect, useRef } from 'preact/hooks';
import type { DetectionView } from '@shared/ipc/contract';
import { useApp } from '../app/app-context';
import type { GuideActions } from './use-guide-actions';

/** Props of `DetectionPrompt`. */
export interface DetectionPromptProps {
  readonly detection: DetectionView;
  /** The company behind the platform, e.g. Meta. */
  readonly company: string;
  readonly actions: GuideActions;
}

/** The proposal of a confirmation noticed on the page; takes focus so it is not missed. */
export function DetectionPrompt({ detection, company, actions }: DetectionPromptProps) {
  const { t } = useApp();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [detection.url]);
  return (
    <section class="guide-detection" aria-labelledby="guide-detection-title" data-testid="guide-detection">
      <h2 id="guide-detection-title" ref={heading} tabIndex={-1}>
        {t.guide.detection.heading({ company })}
      </h2>
      <p class="muted">{t.guide.detection.excerpt}</p>
      <blockquote lang={detection.locale}>{detection.excerpt}</blockquote>
      <div class="guide-row">
        <button type="button" class="button button-primary" disabled={actions.busy} onClick={() => actions.answer(true)}>
          {t.guide.detection.yes}
        </button>
        <button type="button" class="button button-secondary" disabled={actions.busy} onClick={() => actions.answer(false)}>
          {t.guide.detection.no}
        </button>
      </div>
    </section>
  );
}
