/** What an import would change, before anything changes: accounts that come and go, steps, proof, settings. */
import type { Settings } from '@shared/domain/types';
import { changesNothing, type ImportChanges } from '@shared/domain/import-changes';
import { useApp } from '../app/app-context';
import { intlTag } from '../app/format';
import { Dialog, DialogActions } from '../components/dialog';

/** Props of `ImportPreviewDialog`. */
export interface ImportPreviewProps {
  readonly changes: ImportChanges;
  readonly onCancel: () => void;
  readonly onConfirm: () => void;
}

/** The import preview. */
export function ImportPreviewDialog({ changes, onCancel, onConfirm }: ImportPreviewProps) {
  const { t, locale } = useApp();
  const s = t.settings;
  const list = new Intl.ListFormat(intlTag(locale), { type: 'conjunction' });
  const settingName = (key: keyof Settings): string => s.settingNames[key];
  const nothing = changesNothing(changes);
  return (
    <Dialog title={s.importPreviewTitle} description={nothing ? s.importNothing : s.importPreviewBody} onClose={onCancel}>
      <ul class="points import-changes" data-testid="import-preview">
        <li data-change="accounts">
          {s.importAccounts({ total: changes.accounts.kept + changes.accounts.added.length })}
          {changes.accounts.added.length === 0 ? null : <> {s.importAdded({ names: list.format(changes.accounts.added) })}</>}
          {changes.accounts.removed.length === 0 ? null : <> {s.importRemoved({ names: list.format(changes.accounts.removed) })}</>}
        </li>
        <li data-change="steps">{s.importSteps({ before: changes.steps.before, after: changes.steps.after })}</li>
        <li data-change="proof">{s.importProof({ before: changes.proof.before, after: changes.proof.after })}</li>
        <li data-change="settings">
          {changes.settings.length === 0 ? s.importNoSettings : s.importSettings({ names: list.format(changes.settings.map(settingName)) })}
        </li>
      </ul>
      <p class="hint">{s.importKeepNote}</p>
      <DialogActions onCancel={onCancel} confirmLabel={s.importConfirm} onConfirm={onConfirm} focusCancel />
    </Dialog>
  );
}
