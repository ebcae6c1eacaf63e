/**
 * The title, help and buttons of one step, in the desktop's guided window (the page is on the
 * right, the app notices the confirmation and saves proof) or in the browser version (the page is in
 * another tab, the person records each step and may add a screenshot).
 */
import { useState } from 'preact/hooks';
import type { Account, CampaignTarget } from '@shared/domain/types';
import type { RecordableEvent } from '@shared/domain/commands';
import { localizedOr, settingGoalOf, type GuideStepId } from '@shared/guide/steps';
import { useApp } from '../app/app-context';
import { MailboxHelp } from './mailbox-help';
import { companyIn, nameIn } from '@shared/catalog/platform-lookup';

/** What a step's buttons can do: the desktop panel's actions, or the browser guide's. */
export interface StepActions {
  readonly busy: boolean;
  readonly record: (event: RecordableEvent) => void;
  /** Desktop: capture the page, then record `then`. Browser: add a screenshot file. */
  readonly saveProof: (then?: RecordableEvent) => void;
  readonly copy: (text: string) => void;
}

/** Props of `StepBody`. */
export interface StepBodyProps {
  readonly step: GuideStepId;
  readonly current: boolean;
  readonly account: Account;
  readonly target: CampaignTarget;
  readonly host: 'desktop' | 'browser';
  /** The address the page shows (desktop), recorded with a confirmation seen on it. */
  readonly url: string;
  /** The setting was already off: a new "off" is a re-check. */
  readonly alreadyOff: boolean;
  readonly actions: StepActions;
}

/** One step. */
export function StepBody({ step, current, account, target, host, url, alreadyOff, actions }: StepBodyProps) {
  const { locale, t, catalog } = useApp();
  const [noMail, setNoMail] = useState(false);
  const s = t.guide.steps;
  const b = t.guide.browser;
  const browser = host === 'browser';
  const on = settingGoalOf(target) === 'on' ? t.catalog.toggleOn : null;
  const platform = nameIn(catalog, target.platform);
  const company = companyIn(catalog, target.platform);
  const setting = target.settingLabel === undefined ? platform : localizedOr(target.settingLabel, locale);
  const button = current ? 'button button-primary' : 'button button-secondary';
  const off: RecordableEvent = alreadyOff ? { kind: 'rechecked', source: 'person' } : { kind: 'submitted', source: 'person' };
  switch (step) {
    case 'sign-in':
      return (
        <Text title={s.signInTitle({ label: account.label })} body={browser ? b.signInBody({ platform }) : s.signInBody({ platform })} />
      );
    case 'check-email':
      return (
        <Text title={s.checkEmailTitle} body={account.email === null ? s.checkEmailUnknown : s.checkEmailKnown({ email: account.email })} />
      );
    case 'choose-objection':
      return (
        <Text
          title={s.chooseObjectionTitle}
          body={s.chooseObjectionBody({ option: target.formChoice === undefined ? '' : localizedOr(target.formChoice, locale) })}
        />
      );
    case 'objection-text': {
      const text = localizedOr(target.objectionText, locale);
      return (
        <>
          <Text title={s.objectionTextTitle} body={s.objectionTextBody} />
          <p class="guide-label" id={`guide-objection-label-${host}`}>
            {s.objectionTextLabel}
          </p>
          <blockquote class="guide-objection" aria-labelledby={`guide-objection-label-${host}`} data-testid="guide-objection-text">
            {text}
          </blockquote>
          <button type="button" class="button button-secondary" onClick={() => actions.copy(text)}>
            {s.copy}
          </button>
        </>
      );
    }
    case 'press-send':
      return (
        <>
          <Text title={s.pressSendTitle} body={s.pressSendBody} />
          <button
            type="button"
            class={button}
            disabled={actions.busy}
            onClick={() => actions.record({ kind: 'submitted', source: 'person' })}
          >
            {t.guide.actions.sent}
          </button>
        </>
      );
    case 'confirmation':
      return <Text title={s.confirmationTitle} body={browser ? b.confirmationBody({ company }) : s.confirmationBody({ company })} />;
    case 'mailbox':
      return (
        <>
          <Text title={s.mailboxTitle({ company })} body={s.mailboxBody({ company })} />
          <div class="guide-row">
            <button type="button" class={button} disabled={actions.busy} onClick={() => actions.record({ kind: 'confirmed-by-email' })}>
              {t.guide.actions.gotEmail}
            </button>
            <button type="button" class="button button-secondary" aria-expanded={noMail} onClick={() => setNoMail(!noMail)}>
              {t.guide.actions.noEmail}
            </button>
          </div>
          {noMail ? <MailboxHelp /> : null}
        </>
      );
    case 'open-setting':
      return <Text title={s.openSettingTitle} body={browser ? b.openSettingBody({ setting }) : s.openSettingBody({ setting })} />;
    case 'switch-off':
      return (
        <>
          {on === null ? (
            <Text title={s.switchOffTitle} body={s.switchOffBody({ setting })} />
          ) : (
            <Text title={on.switchTitle} body={on.switchBody({ setting })} />
          )}
          {browser ? (
            <button type="button" class={button} disabled={actions.busy} onClick={() => actions.record(off)}>
              {alreadyOff ? (on?.stillOn ?? t.checklist.stillOff) : (on?.iDidIt ?? t.checklist.iSwitchedItOff)}
            </button>
          ) : null}
        </>
      );
    case 'save-proof':
      return browser ? (
        <>
          <Text title={b.saveProofTitle} body={on?.browserSaveProofBody ?? b.saveProofBody} />
          <button type="button" class="button button-secondary" disabled={actions.busy} onClick={() => actions.saveProof()}>
            {b.addScreenshot}
          </button>
        </>
      ) : (
        <>
          <Text title={on?.saveProofTitle ?? s.saveProofTitle} body={on?.saveProofBody ?? s.saveProofBody} />
          <button
            type="button"
            class={button}
            disabled={actions.busy}
            onClick={() => actions.saveProof(alreadyOff ? { kind: 'rechecked', source: 'detected' } : { kind: 'confirmed-on-page', url })}
          >
            {on?.saveProofAction ?? t.guide.actions.toggleOff}
          </button>
        </>
      );
  }
}

function Text({ title, body }: { readonly title: string; readonly body: string }) {
  return (
    <>
      <h3 class="guide-step-title">{title}</h3>
      <p class="guide-step-body">{body}</p>
    </>
  );
}
