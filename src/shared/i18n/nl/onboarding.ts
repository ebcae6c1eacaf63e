import type { Messages } from '../messages';

/** Nederlands: eerste start. */
export const onboarding: Messages['onboarding'] = {
  objectionTitle: 'Wat een bezwaar doet, en wat niet',
  objectionDoesNot: 'Het doet niet: iets verwijderen, of terughalen wat al gebruikt is.',
  objectionBody: 'U kunt op elk moment bezwaar maken, ook na de deadline. Het kost een minuut per account.',
  privacyTitle: 'Niets verlaat deze computer',
  privacyPoint: 'U drukt zelf op Verzenden. De app vult niets voor u in en verzendt niets.',
  // — campaigns: begin (generated) —
  stepOf: ({ step, total }) => `Stap ${step} van ${total}`,
  platformsTitle: 'Welke platforms gebruik je?',
  platformsBody: 'Vink elk platform aan waar je een account hebt, ook als je het zelden gebruikt.',
  todayTitle: 'Waar het vandaag staat',
  todayPassed: ({ date }) => `datum verstreken op ${date}`,
  todayAhead: ({ date }) => `datum: ${date}`,
  todayNone: 'geen deadline',
  objectionDoes: 'Wat het doet: het platform vragen om wat je plaatst vanaf nu niet meer te gebruiken voor AI-training.',
  privacyBody:
    'Je lijst met accounts en je voortgang blijven op deze computer. De app verstuurt niets: het enige verkeer ben jij, als je de pagina’s van de platforms zelf bezoekt.',
  start: 'Naar mijn lijst',
  // — campaigns: end —
};
