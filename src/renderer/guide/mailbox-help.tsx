/** What to do when the platform's confirmation e-mail does not come (domain.md §6). */
import { useApp } from '../app/app-context';

/** The help shown after "It did not come". */
export function MailboxHelp() {
  const { t } = useApp();
  const m = t.guide.noEmail;
  return (
    <section class="guide-help" aria-labelledby="guide-no-email-title" data-testid="guide-no-email">
      <h4 id="guide-no-email-title">{m.heading}</h4>
      <ul>
        <li>{m.wait}</li>
        <li>{m.spam}</li>
        <li>{m.counts}</li>
        <li>{m.escalate}</li>
      </ul>
    </section>
  );
}
