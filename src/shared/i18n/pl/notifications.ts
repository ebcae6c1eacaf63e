import type { Messages } from '../messages';
import { plural } from '../plural';

/** Polski: przypomnienia. */
export const notifications: Messages['notifications'] = {
  deadlineTitle: (countdown) => `Termin sprzeciwu: ${countdown}`,
  deadlineBody: (count, countdown) =>
    plural('pl', count, {
      one: `{n} konto do zrobienia, ${countdown}`,
      few: `{n} konta do zrobienia, ${countdown}`,
      many: `{n} kont do zrobienia, ${countdown}`,
      other: `{n} konta do zrobienia, ${countdown}`,
    }),
  deadlineBodyOne: (account, countdown) => `${account} czeka na sprzeciw, ${countdown}`,
  passedTitle: 'Termin minął: sprzeciw nadal ma sens',
  passedBody: (count) =>
    plural('pl', count, {
      one: '{n} konto do zrobienia. Sprzeciw złożony teraz nadal chroni to, co opublikujesz od dziś.',
      few: '{n} konta do zrobienia. Sprzeciw złożony teraz nadal chroni to, co opublikujesz od dziś.',
      many: '{n} kont do zrobienia. Sprzeciw złożony teraz nadal chroni to, co opublikujesz od dziś.',
      other: '{n} konta do zrobienia. Sprzeciw złożony teraz nadal chroni to, co opublikujesz od dziś.',
    }),
  checkEmailTitle: 'Sprawdź e-mail',
  checkEmailBody: (company, account) => `Czy e-mail od ${company} dla ${account} dotarł?`,
  checkEmailBodyAt: (company, account, email) => `Czy e-mail od ${company} dla ${account} dotarł na ${email}?`,
};
