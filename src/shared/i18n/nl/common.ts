import type { Messages } from '../messages';

/** Nederlands: common. */
export const common: Messages['common'] = {
  appName: 'Objector',
  countdownLeft: (distance) => `nog ${distance}`,
  countdownPassed: (distance) => `deadline ${distance} geleden verstreken`,
  countdownNoDeadline: 'geen deadline',
  deadlineOn: (date, zone) => `Deadline: ${date} (tijdzone ${zone})`,
  cancel: 'Annuleren',
  save: 'Opslaan',
  close: 'Sluiten',
  back: 'Terug',
  next: 'Volgende',
  edit: 'Bewerken',
  remove: 'Verwijderen',
  failed: (reason) => `Dat is niet gelukt: ${reason}`,
  /** Why the app refused a change (see Refusal in src/shared/domain/reducer.ts). */
  refused: {
    'account-missing': 'Dat account bestaat niet meer.',
    'label-empty': 'Het account heeft een naam nodig.',
    'group-missing': 'Dat Accountcentrum bestaat niet meer.',
    'group-name-empty': 'De groep heeft een naam nodig.',
    'campaign-not-for-platform': 'Die campagne geldt niet voor dit soort account.',
    'not-in-campaign': 'Dit account doet niet mee aan die campagne.',
    'not-saved':
      'Uw voortgang kon niet worden opgeslagen (de schijf of de opslag van de browser is misschien vol of geblokkeerd). Er is niets gewijzigd.',
    // — campaigns, in this group: begin (generated) —
    'group-not-for-platform': 'Dit soort account kan niet aan een Accountcentrum van Meta worden gekoppeld.',
    'date-in-future': 'Die datum ligt in de toekomst.',
    // — campaigns, in this group: end —
  },
};
