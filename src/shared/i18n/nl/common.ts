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
  platforms: { facebook: 'Facebook', instagram: 'Instagram', whatsapp: 'WhatsApp', linkedin: 'LinkedIn', x: 'X' },
  companies: { facebook: 'Meta', instagram: 'Meta', whatsapp: 'Meta', linkedin: 'LinkedIn', x: 'X' },
};
