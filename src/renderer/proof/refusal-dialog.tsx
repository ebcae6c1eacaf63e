/** Records the platform's refusal (or its request for more), in the person's own words: a step kept in the history. */
import { useState } from 'preact/hooks';
import type { Account } from '@shared/domain/types';
import { companyIn } from '@shared/catalog/platform-lookup';
import { useApp } from '../app/app-context';
import { Dialog, DialogActions } from '../components/dialog';
import { describedBy, Field } from '../components/field';
import { useDispatch } from '../checklist/use-dispatch';

/** The refusal dialog of `account` on `campaignId`. */
export function RefusalDialog(props: { readonly account: Account; readonly campaignId: string; readonly onClose: () => void }) {
  const { account, campaignId, onClose } = props;
  const { t, catalog } = useApp();
  const { send, error } = useDispatch();
  const [note, setNote] = useState('');
  const [checked, setChecked] = useState(false);
  const noteError = checked && note.trim() === '' ? t.proof.refusalRequired : null;
  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    setChecked(true);
    if (note.trim() === '') return;
    if (await send({ kind: 'record', accountId: account.id, campaignId, event: { kind: 'platform-refused', note: note.trim() } }))
      onClose();
  };
  return (
    <Dialog title={t.proof.refusalTitle({ company: companyIn(catalog, account.platform) })} onClose={onClose}>
      <form class="form" onSubmit={(event) => void submit(event)} noValidate>
        <Field id="refusal-note" label={t.proof.refusalNote} hint={t.proof.refusalHint} error={noteError}>
          <textarea
            id="refusal-note"
            rows={4}
            maxLength={2000}
            value={note}
            aria-invalid={noteError !== null}
            aria-describedby={describedBy('refusal-note', t.proof.refusalHint, noteError)}
            onInput={(event) => setNote(event.currentTarget.value)}
          />
        </Field>
        <DialogActions error={error} onCancel={onClose} confirmLabel={t.proof.refusalSave} />
      </form>
    </Dialog>
  );
}
