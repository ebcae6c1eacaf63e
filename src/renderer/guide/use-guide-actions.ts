/**
 * The panel's actions on the api, each reporting its outcome in one polite status line: record a
 * step, save proof, move between addresses, forget the login. The app never touches the form.
 */
import { useState } from 'preact/hooks';
import type { RecordableEvent } from '@shared/domain/commands';
import type { GuideView } from '@shared/ipc/contract';
import { useApp } from '../app/app-context';

/** What the panel can do, plus the last outcome to announce. */
export interface GuideActions {
  readonly message: string | null;
  readonly busy: boolean;
  readonly record: (event: RecordableEvent) => void;
  readonly saveProof: (then?: RecordableEvent) => void;
  readonly go: (index: number) => void;
  readonly reload: () => void;
  readonly openInBrowser: () => void;
  readonly forgetLogin: () => void;
  readonly copy: (text: string) => void;
  readonly answer: (accept: boolean) => void;
}

/** The actions of the panel showing `view`. */
export function useGuideActions(view: GuideView): GuideActions {
  const { api, t } = useApp();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fail = (error: unknown): void => setMessage(t.common.failed({ reason: error instanceof Error ? error.message : String(error) }));
  const run = (work: () => Promise<string | null>): void => {
    setBusy(true);
    work()
      .then((done) => setMessage(done))
      .catch(fail)
      .finally(() => setBusy(false));
  };
  const record = async (event: RecordableEvent): Promise<null> => {
    const result = await api.dispatch({
      kind: 'record',
      accountId: view.accountId,
      campaignId: view.campaignId,
      ...(view.targetId === undefined ? {} : { targetId: view.targetId }),
      event,
    });
    if (!result.ok) throw new Error(result.error);
    return null;
  };
  return {
    message,
    busy,
    record: (event) => run(() => record(event)),
    saveProof: (then) =>
      run(async () => {
        setMessage(t.guide.proof.saving);
        const result = await api.captureEvidence();
        if (!result.ok) return t.guide.proof.failed({ reason: result.error });
        if (then !== undefined) await record(then);
        return t.guide.proof.saved;
      }),
    go: (index) => run(async () => (await api.guideGo({ kind: 'entry', index }), null)),
    reload: () => run(async () => (await api.guideGo({ kind: 'reload' }), null)),
    openInBrowser: () => run(async () => (await api.openInBrowser(), null)),
    forgetLogin: () => run(async () => (await api.forgetLogin({ accountId: view.accountId }), t.guide.actions.forgotten)),
    copy: (text) => run(async () => (await api.copyText({ text }), t.guide.steps.copied)),
    answer: (accept) =>
      run(async () => {
        if (accept) setMessage(t.guide.proof.saving);
        await api.answerDetection({ accept });
        return accept ? t.guide.proof.saved : null;
      }),
  };
}
