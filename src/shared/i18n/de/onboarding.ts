import type { Messages } from '../messages';

/** Deutsch: erster Start. */
export const onboarding: Messages['onboarding'] = {
  objectionTitle: 'Was ein Widerspruch bewirkt, und was nicht',
  objectionDoesNot: 'Er bewirkt nicht: dass etwas gelöscht oder bereits Verwendetes entfernt wird.',
  objectionBody: 'Sie können jederzeit widersprechen, auch nach der Frist. Es dauert etwa eine Minute pro Konto.',
  privacyTitle: 'Nichts verlässt diesen Computer',
  privacyPoint: 'Sie klicken selbst auf „Senden“. Die App füllt nichts für Sie aus und sendet nichts.',
  // — campaigns: begin (generated) —
  stepOf: ({ step, total }) => `Schritt ${step} von ${total}`,
  platformsTitle: 'Welche Plattformen nutzen Sie?',
  platformsBody: 'Kreuzen Sie jede an, auf der Sie ein Konto haben, auch wenn Sie es selten nutzen.',
  todayTitle: 'Wo die Dinge heute stehen',
  todayPassed: ({ date }) => `Datum am ${date} verstrichen`,
  todayAhead: ({ date }) => `Datum: ${date}`,
  todayNone: 'keine Frist',
  objectionDoes: 'Was er bewirkt: Die Plattform muss aufhören, Ihre Beiträge ab jetzt für das KI-Training zu nutzen.',
  privacyBody:
    'Ihre Kontenliste und Ihr Fortschritt bleiben auf diesem Computer. Die App sendet nichts: Der einzige Datenverkehr sind Sie selbst, wenn Sie die Seiten der Plattformen besuchen.',
  start: 'Zu meiner Liste',
  // — campaigns: end —
};
