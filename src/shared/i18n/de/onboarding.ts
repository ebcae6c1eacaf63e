import type { Messages } from '../messages';

/** Deutsch: erster Start. */
export const onboarding: Messages['onboarding'] = {
  stepOf: (step, total) => `Schritt ${step} von ${total}`,
  whatTitle: 'Meta will seine KI mit Ihren öffentlichen Beiträgen trainieren',
  whatBody:
    'Seit dem 27. Mai 2025 nutzt Meta die öffentlichen Beiträge, Fotos und Kommentare Erwachsener in der EU auf Facebook und Instagram, um seine künstliche Intelligenz zu trainieren, sofern sie nicht widersprechen.',
  whatPoint1: 'Betroffen ist nur, was Sie öffentlich gemacht haben, nicht Ihre privaten Nachrichten.',
  whatPoint2: 'Jedes Konto zählt: Ein Widerspruch für eines gilt nicht immer für die anderen.',
  objectionTitle: 'Was ein Widerspruch bewirkt, und was nicht',
  objectionDoes: 'Er bewirkt: Meta darf Ihre öffentlichen Inhalte ab jetzt nicht mehr für das KI-Training verwenden.',
  objectionDoesNot: 'Er bewirkt nicht: dass etwas gelöscht oder bereits Verwendetes entfernt wird.',
  objectionBody: 'Sie können jederzeit widersprechen, auch nach der Frist. Es dauert etwa eine Minute pro Konto.',
  privacyTitle: 'Nichts verlässt diesen Computer',
  privacyBody:
    'Ihre Kontenliste und Ihr Fortschritt bleiben auf diesem Computer. Die App sendet nichts irgendwohin: Der einzige Datenverkehr sind Sie selbst, wenn Sie Metas Formular besuchen.',
  privacyPoint: 'Sie klicken selbst auf „Senden“. Die App füllt nichts für Sie aus und sendet nichts.',
  start: 'Erstes Konto hinzufügen',
  skip: 'Überspringen',
};
