/**
 * "Complain to a data protection authority": the complaint written from the account's own history
 * in the person's language, to edit, copy, save with the proof (it goes into the proof pack), and
 * send on the authority's page in the person's own browser. The app sends nothing. "I sent it"
 * records the step.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Account } from '@shared/domain/types';
import { companyIn } from '@shared/catalog/platform-lookup';
import { authorityById, authorityPage, proposedAuthorities, type Authority } from '@shared/proof/authorities';
import { complaintText } from '@shared/proof/complaint';
import { useApp } from '../app/app-context';
import { Banner } from '../components/banner';
import { Dialog } from '../components/dialog';
import { useDispatch } from '../checklist/use-dispatch';
import { AuthorityChoice } from './authority-choice';

/** Props of `ComplaintDialog`. */
export interface ComplaintDialogProps {
  readonly account: Account;
  readonly campaignId: string;
  readonly onClose: () => void;
}

/** The complaint dialog. */
export function ComplaintDialog({ account, campaignId, onClose }: ComplaintDialogProps) {
  const { api, snapshot, t, locale, clock, catalog } = useApp();
  const { send, run, error } = useDispatch();
  const country = snapshot.state.settings.country;
  const [authority, setAuthority] = useState<Authority | null>(
    () => proposedAuthorities(companyIn(catalog, account.platform), country)[0] ?? null,
  );
  const [text, setText] = useState('');
  const [edited, setEdited] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const written = (chosen: Authority | null): string =>
    chosen === null
      ? ''
      : (complaintText({
          state: snapshot.state,
          catalog,
          accountId: account.id,
          campaignId,
          authority: chosen,
          now: clock.now(),
          t,
          locale,
          zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        }) ?? '');

  // A complaint saved before comes back as it was; otherwise the app writes one.
  useEffect(() => {
    void run(() => api.getComplaints()).then((saved) => {
      const mine = saved?.find((item) => item.accountId === account.id && item.campaignId === campaignId);
      const savedAuthority = mine === undefined ? undefined : authorityById(mine.authorityId);
      if (mine !== undefined && savedAuthority !== undefined) {
        setAuthority(savedAuthority);
        setText(mine.text);
        setEdited(true);
      } else setText(written(authority));
    });
  }, []);

  const choose = (chosen: Authority): void => {
    setAuthority(chosen);
    if (!edited) setText(written(chosen));
  };
  const page = authority === null ? null : authorityPage(authority);

  return (
    <Dialog title={t.proof.complaintTitle} description={t.proof.complaintIntro} onClose={onClose}>
      <div class="form complaint" data-testid="complaint-dialog">
        <AuthorityChoice account={account} authorityId={authority?.id ?? null} onAuthority={choose} />
        <div class="field">
          <label for="complaint-text">{t.proof.complaintText}</label>
          <textarea
            id="complaint-text"
            class="complaint-text"
            rows={16}
            maxLength={50_000}
            value={text}
            data-testid="complaint-text"
            onInput={(event) => {
              setText(event.currentTarget.value);
              setEdited(true);
            }}
          />
        </div>
        {page !== null && !page.isComplaintPage ? <p class="hint">{t.proof.homePageOnly}</p> : null}
        {notice === null ? null : <Banner tone="ok">{notice}</Banner>}
        {error === null ? null : <Banner tone="error">{error}</Banner>}
        <div class="button-row">
          <button
            type="button"
            class="button button-secondary"
            data-action="copy-complaint"
            onClick={() => void run(() => api.copyText({ text })).then(() => setNotice(t.proof.copied))}
          >
            {t.proof.copy}
          </button>
          <button
            type="button"
            class="button button-secondary"
            data-action="save-complaint"
            disabled={authority === null || text.trim() === ''}
            onClick={() => {
              if (authority === null) return;
              void run(() => api.saveComplaint({ accountId: account.id, campaignId, authorityId: authority.id, text })).then(
                (saved) => saved !== undefined && setNotice(t.proof.savedWithProof),
              );
            }}
          >
            {t.proof.saveWithProof}
          </button>
          {page === null ? null : (
            <a class="button button-secondary" href={page.url} target="_blank" rel="noopener noreferrer" data-action="open-authority">
              {t.proof.openPage}
            </a>
          )}
        </div>
        <div class="dialog-actions">
          <button type="button" class="button button-secondary" onClick={onClose}>
            {t.common.close}
          </button>
          <button
            type="button"
            class="button button-primary"
            data-action="complaint-sent"
            disabled={authority === null}
            onClick={() => {
              if (authority === null) return;
              void send({
                kind: 'record',
                accountId: account.id,
                campaignId,
                event: { kind: 'complaint-filed', authorityId: authority.id },
              }).then((ok) => ok && onClose());
            }}
          >
            {t.proof.complaintSentSave}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
