/**
 * Confirmation detection on the largest text the probe hands it (one million characters, the
 * limit detection reads): six texts built to be slow for the catalog's patterns (ordinary prose,
 * near misses of the confirmation words in several languages, one letter, whitespace, accented
 * letters, repeated prefixes), none of which may match.
 *   detection_megabyte_ms   the slowest text's median, `detectConfirmation` and `isUnavailablePage`
 *                           together. The design sets no target: it is the worst case (a real
 *                           form or confirmation page's text is a few tens of kilobytes, a few
 *                           per cent of this), recorded so a pattern or catalog change that makes
 *                           detection slower is seen.
 * The unit suite checks the same texts for correctness (no match, a match at the very end), not time.
 */
import { detectConfirmation, isUnavailablePage } from '@shared/domain/detection';
import { medianMs, round } from './measure';

const MB = 1_000_000;
const FORM_URL = 'https://www.facebook.com/help/contact/6359191084165019';

const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

/** The six one-megabyte texts, by name (shared with tests/unit/shared/detection.test.ts). */
export function megabyteTexts(): readonly (readonly [string, string])[] {
  return [
    ['ordinary prose', fill('Marie shared a memory from 2019 with 14 friends. Like · Comment · Share\n')],
    ['near misses', fill('honour your objecti going forwar votre oppositio d’ora in avant Widerspruc ')],
    ['one letter', fill('a')],
    ['whitespace', fill(' ')],
    ['accented letters', fill('é')],
    ['repeated prefixes', fill('your your your honou honou votre votre la tua la tua ')],
  ];
}

/** Runs the detection bench. */
export default async function run(): Promise<Record<string, number>> {
  let slowest = 0;
  for (const [name, text] of megabyteTexts()) {
    const ms = await medianMs(
      () => {
        if (detectConfirmation({ text, url: FORM_URL, platform: 'facebook' }) !== null || isUnavailablePage(text, 'facebook'))
          throw new Error(`${name}: matched`);
      },
      { runs: 5, warmup: 1 },
    );
    slowest = Math.max(slowest, ms);
  }
  return { detection_megabyte_ms: round(slowest) };
}
