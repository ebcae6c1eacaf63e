/**
 * Add or edit an account: platform, name, e-mail (optional, checked), and, only for platforms that
 * Meta's Accounts Center links (catalog data), its Accounts Center group.
 */
import { useState } from 'preact/hooks';
import type { Account, Catalog, Platform } from '@shared/domain/types';
import type { GroupChoice } from '@shared/domain/commands';
import { EMAIL_PATTERN } from '@shared/validate';
import { platformInfo } from '@shared/catalog/lookups';
import { offeredPlatforms } from '@shared/domain/reducer';
import { useApp } from '../app/app-context';
import { useCatalog } from '../app/use-catalog';
import { Dialog, DialogActions } from '../components/dialog';
import { TextField } from '../components/field';
import { PlatformIcon } from '../components/platform-icon';
import { useDispatch } from './use-dispatch';
import { nameIn } from '@shared/catalog/platform-lookup';
import { intlTag } from '../app/format';

/** The names of the platforms Meta's Accounts Center links, e.g. "Facebook and Instagram", in the person's language. */
function accountsCenterNames(catalog: Catalog, listFormat: Intl.ListFormat): string {
  return listFormat.format(catalog.platforms.filter((platform) => platform.accountsCenter).map((platform) => platform.name));
}

type GroupMode = GroupChoice['kind'];

/** Props of `AccountDialog`: `account` null means add (with `platform` chosen first, if given). */
export interface AccountDialogProps {
  readonly account: Account | null;
  readonly platform?: Platform;
  readonly onClose: () => void;
}

/** The add/edit dialog. */
export function AccountDialog({ account, platform: preset, onClose }: AccountDialogProps) {
  const { snapshot, t, locale } = useApp();
  const catalog = useCatalog();
  const { send, error } = useDispatch();
  const groups = snapshot.state.groups;
  const platforms = offeredPlatforms(catalog);
  const [platform, setPlatform] = useState<Platform>(account?.platform ?? preset ?? platforms[0] ?? 'facebook');
  const linkable = platformInfo(catalog, platform)?.accountsCenter === true;
  const [label, setLabel] = useState(account?.label ?? '');
  const [email, setEmail] = useState(account?.email ?? '');
  const [mode, setMode] = useState<GroupMode>(account?.groupId != null ? 'existing' : 'none');
  const [groupId, setGroupId] = useState(account?.groupId ?? groups[0]?.id ?? '');
  const [groupName, setGroupName] = useState('');
  const [checked, setChecked] = useState(false);

  const labelError = checked && label.trim() === '' ? t.checklist.labelRequired : null;
  const emailError =
    email.trim() !== '' && (checked || email.includes('@')) && !EMAIL_PATTERN.test(email.trim()) ? t.checklist.emailInvalid : null;
  const groupNameError = checked && linkable && mode === 'new' && groupName.trim() === '' ? t.checklist.groupNewNameRequired : null;

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    setChecked(true);
    const trimmedEmail = email.trim();
    if (
      label.trim() === '' ||
      (trimmedEmail !== '' && !EMAIL_PATTERN.test(trimmedEmail)) ||
      groupNameError !== null ||
      (linkable && mode === 'new' && groupName.trim() === '')
    ) {
      const form = event.currentTarget as HTMLFormElement;
      window.setTimeout(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    const group: GroupChoice = !linkable
      ? { kind: 'none' }
      : mode === 'existing' && groupId !== ''
        ? { kind: 'existing', groupId }
        : mode === 'new'
          ? { kind: 'new', name: groupName.trim() }
          : { kind: 'none' };
    const common = { label: label.trim(), email: trimmedEmail === '' ? null : trimmedEmail, group };
    const ok =
      account === null
        ? await send({ kind: 'add-account', platform, campaignIds: [], ...common })
        : await send({ kind: 'edit-account', accountId: account.id, ...common });
    if (ok) onClose();
  };

  return (
    <Dialog title={account === null ? t.checklist.addTitle : t.checklist.editTitle({ label: account.label })} onClose={onClose}>
      <form class="form" onSubmit={(event) => void submit(event)} noValidate>
        {account === null ? (
          <fieldset class="choices choices-platform">
            <legend>{t.checklist.platform}</legend>
            {platforms.map((option) => (
              <label key={option} class="choice choice-card">
                <input type="radio" name="platform" value={option} checked={platform === option} onChange={() => setPlatform(option)} />
                <PlatformIcon platform={option} label={null} size={22} />
                {nameIn(catalog, option)}
              </label>
            ))}
          </fieldset>
        ) : null}
        <TextField
          id="account-label"
          label={t.checklist.label}
          hint={t.checklist.labelHint}
          error={labelError}
          value={label}
          maxLength={120}
          autoComplete="off"
          onInput={setLabel}
        />
        <TextField
          id="account-email"
          type="email"
          label={t.checklist.email}
          hint={t.checklist.emailHint}
          error={emailError}
          value={email}
          maxLength={254}
          autoComplete="email"
          onInput={setEmail}
        />
        {linkable ? (
          <fieldset class="choices" aria-describedby="account-group-help">
            <legend>{t.checklist.group}</legend>
            <p id="account-group-help" class="hint">
              {t.checklist.groupHelpFor({
                platforms: accountsCenterNames(catalog, new Intl.ListFormat(intlTag(locale), { type: 'conjunction' })),
              })}
            </p>
            <label class="choice">
              <input type="radio" name="group" checked={mode === 'none'} onChange={() => setMode('none')} />
              {t.checklist.groupNone}
            </label>
            {groups.length > 0 ? (
              <div class="choice-row">
                <label class="choice">
                  <input type="radio" name="group" checked={mode === 'existing'} onChange={() => setMode('existing')} />
                  {t.checklist.groupExisting}
                </label>
                <select
                  aria-label={t.checklist.groupExisting}
                  value={groupId}
                  disabled={mode !== 'existing'}
                  onChange={(event) => setGroupId(event.currentTarget.value)}
                >
                  {groups.map((group) => (
                    <option key={group.id} value={group.id}>
                      {group.name}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <label class="choice">
              <input type="radio" name="group" checked={mode === 'new'} onChange={() => setMode('new')} />
              {t.checklist.groupNew}
            </label>
            {mode === 'new' ? (
              <TextField
                id="account-group-name"
                label={t.checklist.groupNewName}
                error={groupNameError}
                value={groupName}
                maxLength={80}
                onInput={setGroupName}
              />
            ) : null}
          </fieldset>
        ) : null}
        <DialogActions error={error} onCancel={onClose} confirmLabel={account === null ? t.checklist.addAccount : t.common.save} />
      </form>
    </Dialog>
  );
}
