/** The proof pack and calendar buttons: for one account (in its proof panel) or for every account (under the list). */
import { useState } from 'preact/hooks';
import { useApp } from '../app/app-context';
import { Banner } from '../components/banner';
import { useDispatch } from '../checklist/use-dispatch';

/** "Proof pack (.zip)" for `accountId`, or for every account when null; with "Add to my calendar" when `calendar`. */
export function ProofTools({ accountId, calendar = false }: { readonly accountId: string | null; readonly calendar?: boolean }) {
  const { api, snapshot, t } = useApp();
  const { run, error } = useDispatch();
  const [notice, setNotice] = useState<{ readonly tone: 'ok' | 'info' | 'warn'; readonly text: string } | null>(null);
  const browser = snapshot.host === 'browser';
  const pack = async (): Promise<void> => {
    const outcome = await run(() => api.exportProofPack({ accountId }));
    if (outcome?.kind === 'packed') {
      const saved = browser ? t.proof.packDownloaded({ name: outcome.path }) : t.proof.packSaved({ path: outcome.path });
      setNotice(
        outcome.missing === 0
          ? { tone: 'ok', text: saved }
          : { tone: 'warn', text: `${saved} ${t.proof.packMissing({ count: outcome.missing })}` },
      );
    } else if (outcome?.kind === 'failed') setNotice({ tone: 'warn', text: t.common.failed({ reason: outcome.message }) });
  };
  const exportCalendar = async (): Promise<void> => {
    const outcome = await run(() => api.exportCalendar());
    if (outcome?.kind === 'empty') setNotice({ tone: 'info', text: t.proof.calendarEmpty });
    else if (outcome?.kind === 'saved')
      setNotice({
        tone: 'ok',
        text: browser ? t.proof.calendarDownloaded({ name: outcome.path }) : t.proof.calendarSaved({ path: outcome.path }),
      });
    else if (outcome?.kind === 'failed') setNotice({ tone: 'warn', text: t.common.failed({ reason: outcome.message }) });
  };
  return (
    <div class="proof-tools">
      <div class="button-row">
        <button
          type="button"
          class="button button-secondary"
          data-action={accountId === null ? 'proof-pack-all' : 'proof-pack'}
          onClick={() => void pack()}
        >
          {accountId === null ? t.proof.packAllButton : t.proof.packButton}
        </button>
        {calendar ? (
          <button type="button" class="button button-secondary" data-action="calendar" onClick={() => void exportCalendar()}>
            {t.proof.calendarButton}
          </button>
        ) : null}
      </div>
      {notice === null ? null : <Banner tone={notice.tone}>{notice.text}</Banner>}
      {error === null ? null : <Banner tone="error">{error}</Banner>}
    </div>
  );
}
