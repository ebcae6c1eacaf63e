/** Marks an account as not needing an objection, with a reason (under 18, no public content, other). */
import { useState } from 'preact/hooks';
import type { Account } from '@shared/domain/types';
import { useApp } from '../app/app-context';
import { Dialog, DialogActions } from '../components/dialog';
import { TextField } from '../components/field';
import { useDispatch } from './use-dispatch';
import { REASON_CODES, reasonText, type ReasonCode } from './status-words';

/** The not-applicable dialog for `account` on `campaignId`. */
export function NotApplicableDialog(props: { readonly account: Account; readonly campaignId: string; readonly onClose: () => void }) {
  const { account, campaignId, onClose } = props;
  const { t } = useApp();
  const { send, error } = useDispatch();
  const [choice, setChoice] = useState<ReasonCode | 'other'>('under-18');
  const [other, setOther] = useState('');
  const [checked, setChecked] = useState(false);
  const otherError = checked && choice === 'other' && other.trim() === '' ? t.checklist.otherReasonRequired : null;

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    setChecked(true);
    if (choice === 'other' && other.trim() === '') return;
    const reason = choice === 'other' ? other.trim() : choice;
    const ok = await send({ kind: 'record', accountId: account.id, campaignId, event: { kind: 'marked-not-applicable', reason } });
    if (ok) onClose();
  };

  return (
    <Dialog title={t.checklist.notApplicableTitle({ label: account.label })} description={t.checklist.notApplicableBody} onClose={onClose}>
      <form class="form" onSubmit={(event) => void submit(event)} noValidate>
        <fieldset class="choices">
          <legend>{t.checklist.reason}</legend>
          {[...REASON_CODES, 'other' as const].map((code) => (
            <label key={code} class="choice">
              <input type="radio" name="reason" checked={choice === code} onChange={() => setChoice(code)} />
              {code === 'other' ? t.status.reasons.other : reasonText(code, t)}
            </label>
          ))}
        </fieldset>
        {choice === 'other' ? (
          <TextField
            id="reason-other"
            label={t.checklist.otherReason}
            error={otherError}
            value={other}
            maxLength={200}
            onInput={setOther}
          />
        ) : null}
        <DialogActions error={error} onCancel={onClose} confirmLabel={t.checklist.notApplicableConfirm} />
      </form>
    </Dialog>
  );
}
