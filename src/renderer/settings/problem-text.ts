/**
 * A problem of an import file in the person's language: the readable path (the file's own field
 * names, e.g. "accounts[2].email") and the translated words for its code.
 */
import type { Problem, TextForm } from '@shared/problems';
import type { Messages } from '@shared/i18n/messages';

type Words = Messages['problems'];

const FORMS: Readonly<Record<TextForm, keyof Words>> = {
  id: 'form-id',
  instant: 'form-instant',
  email: 'form-email',
  'campaign-id': 'form-campaign-id',
  'file-name': 'form-file-name',
  sha256: 'form-sha256',
  other: 'form-other',
};

/** The words of a problem with one field, or null for a problem with the whole file. */
function fieldWords(problem: Problem, t: Words, list: (values: readonly (string | number | boolean)[]) => string): string | null {
  switch (problem.code) {
    case 'not-text':
    case 'not-number':
    case 'not-boolean':
    case 'not-list':
    case 'not-object':
    case 'text-empty':
    case 'not-whole':
    case 'too-deep':
    case 'unexpected-key':
    case 'missing':
    case 'not-instant':
    case 'not-empty':
    case 'not-valid':
    case 'unknown-group':
    case 'unknown-account':
    case 'unknown-proof':
      return t[problem.code];
    case 'rule':
      return t['not-valid'];
    case 'text-short':
    case 'list-short':
      return t[problem.code]({ min: problem.min });
    case 'text-long':
    case 'list-long':
    case 'map-large':
      return t[problem.code]({ max: problem.max });
    case 'number-min':
      return t['number-min']({ min: problem.min });
    case 'number-max':
      return t['number-max']({ max: problem.max });
    case 'text-form': {
      const words = t[FORMS[problem.form]];
      return typeof words === 'string' ? words : t['form-other'];
    }
    case 'not-one-of':
    case 'unknown-kind':
      return t[problem.code]({ values: list(problem.values) });
    case 'forbidden-key':
      return t['forbidden-key']({ key: problem.key });
    case 'duplicate-id':
      return t['duplicate-id']({ id: problem.id });
    default:
      return null;
  }
}

/** The words of a problem with the whole file. */
function fileWords(problem: Problem, t: Words): string {
  switch (problem.code) {
    case 'file-too-large':
      return t['file-too-large']({ mb: problem.mb });
    case 'file-too-deep':
      return t['file-too-deep']({ depth: problem.depth });
    case 'export-too-new':
      return t['export-too-new']({ version: problem.version, supported: problem.supported });
    case 'file-empty':
    case 'not-json':
    case 'not-a-file':
    case 'file-not-text':
    case 'file-unreadable':
    case 'import-not-saved':
    case 'browser-not-saved':
    case 'import-expired':
    case 'restore-not-saved':
    case 'kept-copy-unreadable':
    case 'not-export-object':
    case 'not-export':
    case 'export-not-text':
    case 'export-version':
    case 'more-problems':
      return t[problem.code];
    default:
      return t['file-invalid'];
  }
}

/** One problem as a line of the import screen, e.g. "accounts[2].email : doit être une adresse e-mail…". */
export function problemText(problem: Problem, messages: Messages, intlTag: string): string {
  const t = messages.problems;
  const or = new Intl.ListFormat(intlTag, { type: 'disjunction' });
  const words = fieldWords(problem, t, (values) => or.format(values.map(String)));
  if (words === null) return fileWords(problem, t);
  return problem.path === '' ? words : t.at({ path: problem.path, problem: words });
}
