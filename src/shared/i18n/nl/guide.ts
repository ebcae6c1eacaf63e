import type { Messages } from '../messages';

/** Nederlands: guide. */
export const guide: Messages['guide'] = {
  windowTitle: (label, platform) => `${label} (${platform}) · Objector`,
  panelLabel: 'Gids',
  desktopOnlyTitle: 'Het begeleide formulier heeft de desktop-app nodig',
  desktopOnlyBody:
    'In een browser kan Objector het formulier niet in een eigen, beschermde sessie per account openen en geen bewijs van de pagina bewaren. Open het formulier vanuit de lijst in een nieuw tabblad en noteer elke stap zelf.',
  notOpenTitle: 'Geen formulier geopend',
  notOpenBody: 'Kies een account in de lijst en open het formulier.',
  openChecklist: 'Lijst openen',
  accountHeading: (label, platform) => `${label} op ${platform}`,
  accountEmail: (email) => `E-mailadres van dit account: ${email}`,
  accountNoEmail: 'Geen e-mailadres genoteerd voor dit account.',
  address: (n, total) => `Adres ${n} van ${total}`,
  loading: 'Pagina laden…',
  stepsHeading: 'Stappen',
  currentStep: 'Huidige stap',
  allDone: 'Klaar voor dit account. Bewaar het bewijs.',
  steps: {
    signInTitle: (label) => `Log in als ‘${label}’`,
    signInBody: (platform) =>
      `Log rechts in op de ${platform}-pagina met dit account en geen ander. Dit venster houdt de login gescheiden van je andere accounts.`,
    checkEmailTitle: 'Controleer het e-mailadres op het formulier',
    checkEmailKnown: (email) =>
      `Het formulier hoort ${email} te tonen. Staat er een ander adres, dan ben je met een ander account ingelogd.`,
    checkEmailUnknown: 'Het formulier toont het adres van het ingelogde account. Controleer of het het juiste account is.',
    chooseObjectionTitle: 'Kies het bezwaar',
    chooseObjectionBody: 'Als het formulier vraagt waar je verzoek over gaat, kies ‘Hoe kan ik bezwaar maken…’.',
    objectionTextTitle: 'Optioneel: een paar woorden',
    objectionTextBody: 'Het formulier heeft misschien een vrij tekstveld. Een reden is niet nodig; je kunt deze tekst plakken.',
    objectionTextLabel: 'Voorgestelde tekst',
    copy: 'Tekst kopiëren',
    copied: 'Gekopieerd',
    pressSendTitle: 'Druk zelf op Verzenden',
    pressSendBody: 'Objector typt nooit in het formulier en drukt nooit op Verzenden: dat doe jij. Laat het ons daarna hieronder weten.',
    confirmationTitle: 'Bevestiging op de pagina',
    confirmationBody: (company) =>
      `Als ${company} de bevestiging toont, merkt Objector dat op, vraagt het je en bewaart een bewijs van de pagina.`,
    mailboxTitle: (company) => `Kijk in je mailbox voor de e-mail van ${company}`,
    mailboxBody: (company) =>
      `${company} stuurt een bevestigingsmail, van enkele seconden tot een dag later. Bewaar die: het is het sterkste bewijs.`,
    openSettingTitle: 'Open de instelling',
    openSettingBody: (setting) => `De pagina rechts toont de instelling ‘${setting}’. Log eerst in als daarom wordt gevraagd.`,
    switchOffTitle: 'Zet haar uit',
    switchOffBody: (setting) => `Zet ‘${setting}’ uit en sla op als de pagina daarom vraagt.`,
    saveProofTitle: 'Bewaar bewijs van de uitgeschakelde stand',
    saveProofBody: 'Als de pagina de instelling uitgeschakeld toont, bewaar dan bewijs: een gedateerde schermafbeelding en pdf.',
  },
  actions: {
    sent: 'Ik heb het verzonden',
    saveProof: 'Nu bewijs bewaren',
    nextAddress: 'Volgend adres proberen',
    openInBrowser: 'Openen in mijn eigen browser',
    forgetLogin: 'Login van dit account vergeten',
    forgetConfirm: (label) =>
      `De login van ‘${label}’ in Objector vergeten? Je moet dan opnieuw inloggen. Je voortgang en bewijs blijven bewaard.`,
    forgotten: 'Login vergeten. Log opnieuw in om verder te gaan.',
    reload: 'Pagina herladen',
    toggleOff: 'Het staat uit: bewijs bewaren',
    gotEmail: 'Ik heb hem ontvangen',
    noEmail: 'Hij is niet gekomen',
    moreActions: 'Andere acties',
  },
  detection: {
    heading: (company) => `Is dit de bevestiging van ${company}?`,
    excerpt: 'De pagina zegt:',
    yes: 'Ja, dat klopt',
    no: 'Nee, nog niet',
  },
  proof: {
    saved: 'Bewijs bewaard',
    savedAt: (when) => `Bewaard op ${when}`,
    saving: 'Bewijs wordt bewaard…',
    failed: (reason) => `Bewijs kon niet worden bewaard: ${reason}`,
    open: (name) => `${name} openen`,
    reveal: 'Tonen in map',
  },
  problems: {
    loadError: 'Dit adres laadde niet. Probeer het volgende.',
    unavailable: 'Deze pagina zegt dat de inhoud niet beschikbaar is. Probeer het volgende adres.',
    allFailed: 'Geen enkel adres werkte. Open het formulier in je eigen browser of zoek het met de hand:',
    manualPath: 'Met de hand:',
  },
  noEmail: {
    heading: 'De e-mail is niet gekomen',
    wait: 'Het kan tot 24 uur duren. Kijk morgen nog eens.',
    spam: 'Kijk in je spammap en in elke mailbox die dit account kan gebruiken.',
    counts: 'De bevestiging op de pagina en het bewaarde bewijs tellen al: je bezwaar is verzonden.',
    escalate:
      'Wordt je bezwaar genegeerd, dan kun je een klacht indienen: de leidende toezichthouder voor Meta is de Ierse Data Protection Commission (DPC), en je kunt ook terecht bij de toezichthouder van je eigen land (in Frankrijk de CNIL).',
  },
  // — campaigns: begin (generated) —
  browser: {
    intro: 'Lees eerst de stappen. De pagina opent daarna in een nieuw tabblad: kom hier daarna terug en leg vast wat er gebeurde.',
    openPage: ({ platform }) => `Pagina op ${platform} openen`,
    opened: 'De pagina staat open in een ander tabblad. Als je daar klaar bent, kom terug en leg hieronder vast wat er gebeurde.',
    signInBody: ({ platform }) =>
      `Log in het nieuwe tabblad in bij ${platform} met dit account en geen ander. Een browser houdt je aanmeldingen niet gescheiden: controleer welk account is aangemeld.`,
    openSettingBody: ({ setting }) => `Het nieuwe tabblad toont de instelling ‘${setting}’. Log eerst in als daarom wordt gevraagd.`,
    confirmationBody: ({ company }) =>
      `${company} toont een bevestiging op de pagina. In een browser kan Objector die niet zien: geef hier aan dat je het hebt verstuurd.`,
    saveProofTitle: 'Optioneel: een schermafbeelding bewaren',
    saveProofBody:
      'Maak een schermafbeelding van de uitgezette instelling en voeg die hier toe als bewijs. Je kunt dat ook later doen, onder ‘Bewijs’.',
    addScreenshot: 'Schermafbeelding toevoegen…',
    manualHeading: 'Als de link niet werkt',
    nextHeading: 'Wat daarna',
    nextForm: ({ company }) =>
      `Druk zelf op Versturen en geef hier daarna aan ‘Ik heb het verstuurd’. ${company} bevestigt meestal binnen een dag per e-mail: bewaar die e-mail, het is je beste bewijs.`,
    nextSetting:
      'Zodra hij uit staat, geef je hier aan ‘Ik heb hem uitgezet’. Objector vraagt je af en toe te controleren of hij nog uit staat.',
  },
  // — campaigns: end —
};
