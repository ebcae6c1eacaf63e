/** Asks before removing an account, and offers to forget its login session too. */
import { useState } from 'preact/hooks';
import type { Account } from '@shared/domain/types';
import { useApp } from '../app/app-context';
import { Dialog, DialogActions } from '../components/dialog';
import { useDispatch } from './use-dispatch';

/** The remove confirmation for `account`. */
export function RemoveDialog({ account, onClose }: { readonly account: Account; readonly onClose: () => void }) {
  const { api, snapshot, t } = useApp();
  const { send, run, error } = useDispatch();
  const desktop = snapshot.host !== 'browser';
  const [forget, setForget] = useState(desktop);

  const confirm = async (): Promise<void> => {
    if (desktop && forget) {
      const forgotten = await run(async () => {
        await api.forgetLogin({ accountId: account.id });
        return true;
      });
      if (forgotten === undefined) return;
    }
    if (await send({ kind: 'remove-account', accountId: account.id })) onClose();
  };

  return (
    <Dialog title={t.checklist.removeTitle({ label: account.label })} description={t.checklist.removeBody} onClose={onClose} tone="danger">
      {desktop ? (
        <label class="choice">
          <input type="checkbox" checked={forget} onChange={(event) => setForget(event.currentTarget.checked)} />
          {t.checklist.forgetLogin}
        </label>
      ) : null}
      <DialogActions
        error={error}
        onCancel={onClose}
        confirmLabel={t.checklist.removeConfirm}
        onConfirm={() => void confirm()}
        tone="danger"
        focusCancel
      />
    </Dialog>
  );
}
