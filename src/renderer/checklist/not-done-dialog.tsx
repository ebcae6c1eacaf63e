/**
 * "Mark as not done": the one way back from a finished step, and it asks first. The history and the
 * proof stay; a `reopened` step is added and the account needs the person again.
 */
import type { Account } from '@shared/domain/types';
import { useApp } from '../app/app-context';
import { Dialog, DialogActions } from '../components/dialog';
import { useDispatch } from './use-dispatch';

/** What is being marked as not done: an account on a campaign, on its main target or an extra one. */
export interface NotDoneTarget {
  readonly account: Account;
  readonly campaignId: string;
  readonly targetId?: string;
}

/** The confirmation dialog. */
export function NotDoneDialog({ target, onClose }: { readonly target: NotDoneTarget; readonly onClose: () => void }) {
  const { t } = useApp();
  const { send, error } = useDispatch();
  const { account, campaignId, targetId } = target;
  const confirm = async (): Promise<void> => {
    const ok = await send({
      kind: 'record',
      accountId: account.id,
      campaignId,
      ...(targetId === undefined ? {} : { targetId }),
      event: { kind: 'reopened' },
    });
    if (ok) onClose();
  };
  return (
    <Dialog title={t.checklist.notDoneTitle({ label: account.label })} description={t.checklist.notDoneBody} onClose={onClose}>
      <DialogActions
        error={error}
        onCancel={onClose}
        confirmLabel={t.checklist.notDoneConfirm}
        onConfirm={() => void confirm()}
        focusCancel
      />
    </Dialog>
  );
}
