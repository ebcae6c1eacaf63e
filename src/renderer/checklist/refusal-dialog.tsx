/**
 * Records the platform's refusal (or its request for more) as a step of the history, with the
 * person's summary of its answer: the account then shows what can be done next.
 */
import { useState } from 'preact/hooks';
import type { PairProgress } from '@shared/domain/progress';
import { platformCompany } from '@shared/domain/platform-names';
import { useApp } from '../app/app-context';
import { Dialog, DialogActions } from '../components/dialog';
import { TextField } from '../components/field';
import { useDispatch } from './use-dispatch';

/** The refusal dialog for `pair`. */
export function RefusalDialog({ pair, onClose }: { readonly pair: PairProgress; readonly onClose: () => void }) {
  const { t } = useApp();
  const { send, error } = useDispatch();
  const [note, setNote] = useState('');
  const company = platformCompany(pair.account.platform);
  const c = t.checklist;
  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const ok = await send({
      kind: 'record',
      accountId: pair.account.id,
      campaignId: pair.campaignId,
      event: { kind: 'platform-refused', note },
    });
    if (ok) onClose();
  };
  return (
    <Dialog title={c.refusalTitle({ company, label: pair.account.label })} description={c.refusalBody} onClose={onClose}>
      <form class="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id="refusal-note"
          label={c.refusalNote}
          hint={c.refusalNoteHint}
          error={null}
          value={note}
          maxLength={2000}
          onInput={setNote}
        />
        <DialogActions error={error} onCancel={onClose} confirmLabel={c.refusalConfirm} />
      </form>
    </Dialog>
  );
}
