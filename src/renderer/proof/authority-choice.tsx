/**
 * Choosing where to send a complaint: the person's country (asked once, saved in the settings) and
 * the authorities proposed for it: the company's lead authority and the country's own.
 */
import { useMemo } from 'preact/hooks';
import type { Account } from '@shared/domain/types';
import { companyIn } from '@shared/catalog/platform-lookup';
import { authorityList, leadAuthorityOf, proposedAuthorities, type Authority } from '@shared/proof/authorities';
import { useApp } from '../app/app-context';
import { useDispatch } from '../checklist/use-dispatch';

/** Props of `AuthorityChoice`. */
export interface AuthorityChoiceProps {
  readonly account: Account;
  readonly authorityId: string | null;
  readonly onAuthority: (authority: Authority) => void;
}

/** The country and authority fields of the complaint dialogs. */
export function AuthorityChoice({ account, authorityId, onAuthority }: AuthorityChoiceProps) {
  const { snapshot, t, locale, catalog } = useApp();
  const { send } = useDispatch();
  const country = snapshot.state.settings.country;
  const company = companyIn(catalog, account.platform);
  const countries = useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    return authorityList()
      .authorities.map((authority) => ({ code: authority.country, name: names.of(authority.country) ?? authority.country }))
      .sort((a, b) => a.name.localeCompare(b.name, locale));
  }, [locale]);
  const proposed = proposedAuthorities(company, country);
  const lead = leadAuthorityOf(company);
  return (
    <>
      <div class="field">
        <label for="complaint-country">{t.proof.country}</label>
        <select
          id="complaint-country"
          value={country ?? ''}
          aria-describedby="complaint-country-hint"
          data-testid="complaint-country"
          onChange={(event) => {
            const value = event.currentTarget.value;
            void send({ kind: 'set-settings', patch: { country: value === '' ? null : value } });
          }}
        >
          <option value="">{t.proof.countryChoose}</option>
          {countries.map((item) => (
            <option key={item.code} value={item.code}>
              {item.name}
            </option>
          ))}
        </select>
        <p id="complaint-country-hint" class="hint">
          {t.proof.countryHint}
        </p>
      </div>
      <fieldset class="choices">
        <legend>{t.proof.authority}</legend>
        {proposed.length === 0 ? <p class="muted">{t.proof.noAuthority}</p> : null}
        {proposed.map((authority) => (
          <label key={authority.id} class="choice">
            <input
              type="radio"
              name="authority"
              checked={authority.id === authorityId}
              onChange={() => onAuthority(authority)}
              data-authority={authority.id}
            />
            {authority.id === lead?.id
              ? t.proof.leadAuthority({ name: authority.name, company })
              : t.proof.ownAuthority({ name: authority.name })}
          </label>
        ))}
      </fieldset>
    </>
  );
}
