/** The title, help and buttons of one step. */
import { useState } from 'preact/hooks';
import type { Account, CampaignTarget } from '@shared/domain/types';
import type { GuideView } from '@shared/ipc/contract';
import { localizedOr, settingGoalOf, type GuideStepId } from '@shared/guide/steps';
import { useApp } from '../app/app-context';
import type { GuideActions } from './use-guide-actions';
import { MailboxHelp } from './mailbox-help';
import { companyIn, nameIn } from '@shared/catalog/platform-lookup';

/** Props of `StepBody`. */
export interface StepBodyProps {
  readonly step: GuideStepId;
  readonly current: boolean;
  readonly account: Account;
  readonly target: CampaignTarget;
  readonly view: GuideView;
  readonly actions: GuideActions;
}

/** One step. */
export function StepBody({ step, current, account, target, view, actions }: StepBodyProps) {
  const { locale, t, catalog } = useApp();
  const [noMail, setNoMail] = useState(false);
  const s = t.guide.steps;
  const on = settingGoalOf(target) === 'on' ? t.catalog.toggleOn : null;
  const platform = nameIn(catalog, view.platform);
  const company = companyIn(catalog, view.platform);
  const setting = target.settingLabel === undefined ? platform : localizedOr(target.settingLabel, locale);
  const button = current ? 'button button-primary' : 'button button-secondary';
  switch (step) {
    case 'sign-in':
      return <Text title={s.signInTitle({ label: account.label })} body={s.signInBody({ platform })} />;
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
          <p class="guide-label" id="guide-objection-label">
            {s.objectionTextLabel}
          </p>
          <blockquote class="guide-objection" aria-labelledby="guide-objection-label" data-testid="guide-objection-text">
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
      return <Text title={s.confirmationTitle} body={s.confirmationBody({ company })} />;
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
      return <Text title={s.openSettingTitle} body={s.openSettingBody({ setting })} />;
    case 'switch-off':
      return on === null ? (
        <Text title={s.switchOffTitle} body={s.switchOffBody({ setting })} />
      ) : (
        <Text title={on.switchTitle} body={on.switchBody({ setting })} />
      );
    case 'save-proof':
      return (
        <>
          <Text title={on?.saveProofTitle ?? s.saveProofTitle} body={on?.saveProofBody ?? s.saveProofBody} />
          <button
            type="button"
            class={button}
            disabled={actions.busy}
            onClick={() => actions.saveProof({ kind: 'confirmed-on-page', url: view.url })}
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
