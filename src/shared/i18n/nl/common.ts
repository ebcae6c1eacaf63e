import type { Messages } from '../messages';

/** Nederlands: common. */
export const common: Messages['common'] = {
  appName: 'Objector',
  countdownLeft: (distance) => `nog ${distance}`,
  countdownPassed: (distance) => `deadline ${distance} geleden verstreken`,
  countdownNoDeadline: 'geen deadline',
  deadlineOn: (date, zone) => `Deadline: ${date} (tijdzone ${zone})`,
  passedHonest: 'Nu bezwaar maken beschermt nog steeds wat u vanaf nu plaatst. Wat vóór de deadline openbaar was, is mogelijk al gebruikt.',
  passedAlreadyUsed: 'Wat vóór de deadline al openbaar was, is mogelijk al gebruikt.',
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
    'not-saved-disk-full': 'Niet opgeslagen: de schijf is vol. Maak wat ruimte vrij en probeer het opnieuw. Er is niets gewijzigd.',
    'read-only':
      'Niet opgeslagen: Objector kan niet in zijn gegevensmap schrijven en toont uw gegevens daarom voorlopig alleen. Er is niets gewijzigd.',
    'limit-reached':
      'Niet opgeslagen: Objector bewaart al zoveel als het kan (te veel accounts of stappen). Verwijder accounts die u niet meer nodig hebt en probeer het opnieuw.',
  },
};
