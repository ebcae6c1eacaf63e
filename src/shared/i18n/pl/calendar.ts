import type { Messages } from '../messages';

/** Polski: the calendar events. */
export const calendar: Messages['calendar'] = {
  name: 'Objector: nadchodzące terminy',
  deadlineSummary: ({ campaign }) => `Termin: ${campaign}`,
  deadlineDescription: ({ labels }) =>
    `Złóż sprzeciw przed upływem terminu na tych kontach: ${labels}. Otwórz Objector i wyślij każdy formularz (albo wyłącz każde ustawienie).`,
  followUpSummary: ({ company, label }) => `Czy jest odpowiedź od ${company}? (${label})`,
  followUpDescription: ({ company, label, sent }) =>
    `Sprzeciw dla konta „${label}” wysłano ${sent}. Jeśli nie ma potwierdzenia od ${company}, otwórz Objector: zapisz odpowiedź albo złóż skargę do organu ochrony danych.`,
  recheckSummary: ({ platform, label }) => `Czy ustawienie ${platform} jest nadal wyłączone? (${label})`,
  recheckDescription: ({ platform, label }) =>
    `Platformy czasem ponownie włączają ustawienia. Otwórz Objector, otwórz ustawienie ${platform} dla konta „${label}” i sprawdź, czy jest nadal wyłączone.`,
};
