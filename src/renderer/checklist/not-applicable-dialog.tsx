/**
 * Marks an account as not needing this objection or setting, with a reason: the ones the campaign's
 * target gives (catalog data: Meta's under-18 rule is Meta's), or the person's own words. Nothing is
 * chosen until the person chooses.
 */
import { useState } from 'preact/hooks';
import type { PairProgress } from '@shared/domain/progress';
import { localizedOr } from '@shared/guide/steps';
import { useApp } from '../app/app-context';
import { Dialog, DialogActions } from '../components/dialog';
import { TextField } from '../components/field';
import { useDispatch } from './use-dispatch';

/** The not-applicable dialog for `pair`. */
export function NotApplicableDialog({ pair, onClose }: { readonly pair: PairProgress; readonly onClose: () => void }) {
  const { t, locale } = useApp();
  const { send, error } = useDispatch();
  const [choice, setChoice] = useState<string | null>(null);
  const [other, setOther] = useState('');
  const [checked, setChecked] = useState(false);
  const reasons = pair.target?.notApplicableReasons ?? [];
  const c = t.checklist;
  const choiceError = checked && choice === null ? c.reasonRequired : null;
  const otherError = checked && choice === 'other' && other.trim() === '' ? c.otherReasonRequired : null;

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    setChecked(true);
    if (choice === null || (choice === 'other' && other.trim() === '')) return;
    const reason = choice === 'other' ? other.trim() : choice;
    const ok = await send({
      kind: 'record',
      accountId: pair.account.id,
      campaignId: pair.campaignId,
      event: { kind: 'marked-not-applicable', reason },
    });
    if (ok) onClose();
  };

  return (
    <Dialog title={c.notApplicableTitle({ label: pair.account.label })} description={c.notApplicableLead} onClose={onClose}>
      <form class="form" onSubmit={(event) => void submit(event)} noValidate>
        <fieldset class="choices" aria-describedby={choiceError === null ? undefined : 'reason-error'}>
          <legend>{c.reason}</legend>
          {[
            ...reasons.map((reason) => ({ id: reason.id, text: localizedOr(reason.text, locale) })),
            { id: 'other', text: c.otherReasonChoice },
          ].map((option) => (
            <label key={option.id} class="choice">
              <input type="radio" name="reason" checked={choice === option.id} onChange={() => setChoice(option.id)} />
              {option.text}
            </label>
          ))}
          {choiceError === null ? null : (
            <p id="reason-error" class="field-error">
              {choiceError}
            </p>
          )}
        </fieldset>
        {choice === 'other' ? (
          <TextField id="reason-other" label={c.otherReason} error={otherError} value={other} maxLength={200} onInput={setOther} />
        ) : null}
        <DialogActions error={error} onCancel={onClose} confirmLabel={c.notApplicableConfirm} />
      </form>
    </Dialog>
  );
}
