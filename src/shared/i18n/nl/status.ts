import type { Messages } from '../messages';

/** Nederlands: waar elk account staat, en hoe zeker dat is. */
export const status: Messages['status'] = {
  toDo: 'Nog niet ingediend',
  inProgress: 'Formulier geopend, nog niet verzonden',
  submittedByPerson: 'U zei dat u het verzond',
  submittedDetected: 'Verzonden (de app zag het formulier gaan)',
  confirmedOnPage: (company) => `Bevestigd op de pagina van ${company}`,
  confirmedByEmail: (company) => `Bevestigd door de e-mail van ${company}`,
  coveredByGroup: 'Gedekt door uw Accountcentrum-groep',
  notApplicable: (reason) => `Niet van toepassing: ${reason}`,
  reasons: { under18: 'jonger dan 18', noPublicContent: 'geen openbare inhoud', other: 'andere reden' },
  hints: {
    toDo: 'Voor dit account is nog niets verzonden.',
    inProgress: 'Als u in het formulier op Verzenden hebt gedrukt, geef dat hier aan.',
    submitted: (company) => `${company} stuurt meestal binnen een dag een bevestigingsmail. Geef het hier aan zodra die binnen is.`,
    confirmed: 'Klaar. Bewaar de bevestigingsmail als bewijs.',
    coveredByGroup: (label) =>
      `Het bevestigde bezwaar voor ‘${label}’ geldt ook voor dit account. Het hier ook indienen is een goedkope extra zekerheid.`,
    notApplicable: 'Voor dit account hoeft niets te gebeuren.',
  },
  /** Wording for settings to switch off (LinkedIn, X) instead of forms to send. */
  toggle: {
    submitted: 'U gaf aan dat u het hebt uitgezet',
    confirmed: 'Uitgezet, bewijs bewaard',
    hintInProgress: 'Zet de instelling uit en bewaar daarna het bewijs in het begeleide venster.',
    hintSubmitted: 'Open de instelling opnieuw om te bewaren dat ze uit staat.',
  },
};
