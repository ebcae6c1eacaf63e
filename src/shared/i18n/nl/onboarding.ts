import type { Messages } from '../messages';

/** Nederlands: eerste start. */
export const onboarding: Messages['onboarding'] = {
  stepOf: (step, total) => `Stap ${step} van ${total}`,
  whatTitle: 'Meta wil zijn AI trainen met uw openbare berichten',
  whatBody:
    'Sinds 27 mei 2025 gebruikt Meta de openbare berichten, foto’s en reacties van volwassenen in de EU op Facebook en Instagram om zijn kunstmatige intelligentie te trainen, tenzij zij bezwaar maken.',
  whatPoint1: 'Het gaat alleen om wat u openbaar hebt gemaakt, niet om uw privéberichten.',
  whatPoint2: 'Elk account telt: bezwaar op het ene dekt niet altijd de andere.',
  objectionTitle: 'Wat een bezwaar doet, en wat niet',
  objectionDoes: 'Het doet: Meta vragen uw openbare inhoud vanaf nu niet meer voor AI-training te gebruiken.',
  objectionDoesNot: 'Het doet niet: iets verwijderen, of terughalen wat al gebruikt is.',
  objectionBody: 'U kunt op elk moment bezwaar maken, ook na de deadline. Het kost een minuut per account.',
  privacyTitle: 'Niets verlaat deze computer',
  privacyBody:
    'Uw lijst met accounts en uw voortgang blijven op deze computer. De app stuurt nergens iets heen: het enige verkeer bent u zelf, als u het formulier van Meta bezoekt.',
  privacyPoint: 'U drukt zelf op Verzenden. De app vult niets voor u in en verzendt niets.',
  start: 'Uw eerste account toevoegen',
  skip: 'Overslaan',
};
