/** Picks the plural form for `count` in `locale` (Intl.PluralRules), falling back to `other`. */
export function plural(
  locale: string,
  count: number,
  forms: { readonly one?: string; readonly two?: string; readonly few?: string; readonly many?: string; readonly other: string },
): string {
  const category = new Intl.PluralRules(locale).select(count);
  const form = category === 'zero' ? undefined : forms[category];
  return (form ?? forms.other).replaceAll('{n}', new Intl.NumberFormat(locale).format(count));
}
