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
  // — campaigns: begin (generated) —
  setting: {
    toDo: 'Nog niet uitgezet',
    toDoHint: 'De instelling staat aan zolang je haar niet uitzet.',
    openedHint: 'Zet de instelling uit op de pagina van het platform en geef dat hier aan.',
    off: ({ date }) => `Door jou uitgezet op ${date}`,
    seenOff: ({ date }) => `Op ${date} uit gezien op de pagina`,
    offHint: ({ date }) => `Volgende controle of hij nog uit staat: ${date}.`,
    offHintNoRecheck: 'Klaar. Hercontroles staan uit in de instellingen.',
    recheck: 'Tijd om te controleren of hij nog uit staat',
    recheckHint: ({ date }) =>
      `Platforms zetten zulke instellingen soms weer aan. Voor het laatst uit gezien op ${date}: open de instelling en controleer.`,
  },
  followUp: {
    noAnswer: 'Nog geen antwoord',
    refused: ({ company }) => `Geweigerd door ${company}`,
    complained: 'Klacht ingediend',
    waitingHint: ({ company, date }) =>
      `${company} bevestigt meestal binnen een dag per e-mail. Als er op ${date} nog niets is gekomen, vertelt Objector je wat je kunt doen.`,
    noAnswerHint: ({ date, company, days }) => `Verstuurd op ${date}, en ${company} heeft het in ${days} dagen niet bevestigd.`,
    refusedHint: ({ date, note }) => `Door jou vastgelegd op ${date}: ‘${note}’.`,
    refusedHintNoNote: ({ date }) => `Je hebt hun weigering op ${date} vastgelegd.`,
    complainedHint: ({ date }) => `Je hebt op ${date} een klacht ingediend. De autoriteit antwoordt je rechtstreeks.`,
    whatToDo: 'Wat je kunt doen',
    checkSpam: ({ company }) =>
      `Zoek de e-mail van ${company} in elke mailbox die dit account gebruikt, ook bij spam. Als hij binnen is, geef dat aan met ‘Ik heb de e-mail van ${company}’.`,
    refusedNext:
      'Als ze om meer vragen, kun je het formulier daarmee opnieuw versturen. Je bent ze geen reden verschuldigd: de AVG laat je op elk moment bezwaar maken.',
    complain:
      'Je kunt een klacht indienen bij een gegevensbeschermingsautoriteit: die verwacht dat je je eerst tot het bedrijf hebt gericht, en het bewijs dat je hebt bewaard.',
  },
  // — campaigns: end —
};
