/**
 * A problem found in data from outside (an import file, the store file, an IPC payload, the
 * catalog): where it is (a readable path such as "accounts[2].email"), what is wrong (a code) and
 * the values a message needs. The import screen translates problems through the messages
 * (`problems.*`); `englishProblem` writes the developer-facing English of logs and thrown errors.
 */

/** What a wrong value was, for the English text ("must be a text, not a list"). */
export type Got = 'null' | 'list' | 'object' | 'long-text' | 'text' | 'number' | 'boolean' | 'undefined' | 'other';

/** The form a text must have, when its pattern is one a person can be told about. */
export type TextForm = 'id' | 'instant' | 'email' | 'campaign-id' | 'file-name' | 'sha256' | 'other';

/** What is wrong, by code, with the values its message needs. */
export type ProblemDetail =
  // A value of the wrong type. `shown` is the value itself when it is a short text (English only).
  | { readonly code: 'not-text' | 'not-number' | 'not-boolean' | 'not-list' | 'not-object'; readonly got: Got; readonly shown?: string }
  | { readonly code: 'text-empty' | 'not-whole' | 'too-deep' | 'unexpected-key' | 'not-instant' | 'not-empty' | 'not-valid' }
  | { readonly code: 'text-short' | 'list-short'; readonly min: number }
  | { readonly code: 'text-long' | 'list-long' | 'map-large'; readonly max: number }
  | { readonly code: 'number-min'; readonly min: number }
  | { readonly code: 'number-max'; readonly max: number }
  /** `english`: the schema's own English wording of the form (catalog patterns have no code). */
  | { readonly code: 'text-form'; readonly form: TextForm; readonly english: string }
  | {
      readonly code: 'not-one-of' | 'unknown-kind';
      readonly values: readonly (string | number | boolean)[];
      readonly got: Got;
      readonly shown?: string;
    }
  | { readonly code: 'forbidden-key'; readonly key: string }
  | { readonly code: 'missing'; readonly expected: string }
  /** A rule of one schema (the catalog's), in English only. */
  | { readonly code: 'rule'; readonly english: string }
  /** A problem only developers meet (the store file's versions), whole, in English only. */
  | { readonly code: 'note'; readonly english: string }
  | { readonly code: 'more-problems' }
  // Links between records.
  | { readonly code: 'duplicate-id'; readonly id: string }
  | { readonly code: 'unknown-group' | 'unknown-account' | 'unknown-proof' }
  // The file as a whole (path '').
  | { readonly code: 'file-too-large'; readonly mb: number }
  | { readonly code: 'file-too-deep'; readonly depth: number }
  | {
      readonly code:
        'file-empty' | 'not-a-file' | 'file-not-text' | 'not-export-object' | 'export-not-text' | 'browser-not-saved' | 'import-expired';
    }
  /** `detail`: the engine's or the system's English words, for logs only. */
  | {
      readonly code: 'not-json' | 'file-unreadable' | 'import-not-saved' | 'restore-not-saved' | 'kept-copy-unreadable';
      readonly detail: string;
    }
  | { readonly code: 'not-export'; readonly expected: string }
  | { readonly code: 'export-too-new'; readonly version: number; readonly supported: number }
  | { readonly code: 'export-version'; readonly readable: readonly number[] };

/** One problem: where, and what. */
export type Problem = { readonly path: string } & ProblemDetail;

/** The kind of `input`, for the English text; `shown` is a short text's own value, quoted. */
export function describeValue(input: unknown): { readonly got: Got; readonly shown?: string } {
  if (input === null) return { got: 'null' };
  if (Array.isArray(input)) return { got: 'list' };
  if (typeof input === 'string') return input.length > 40 ? { got: 'long-text' } : { got: 'text', shown: JSON.stringify(input) };
  if (typeof input === 'object') return { got: 'object' };
  if (typeof input === 'number') return { got: 'number' };
  if (typeof input === 'boolean') return { got: 'boolean' };
  if (input === undefined) return { got: 'undefined' };
  return { got: 'other', shown: typeof input };
}

const GOT: Readonly<Record<Got, string>> = {
  null: 'null',
  list: 'a list',
  object: 'an object',
  'long-text': 'a long text',
  text: 'a text',
  number: 'number',
  boolean: 'boolean',
  undefined: 'undefined',
  other: 'something else',
};

const got = (detail: { readonly got: Got; readonly shown?: string }): string => detail.shown ?? GOT[detail.got];

/** The English words of a field problem (after "path: "). */
function fieldText(problem: ProblemDetail): string | null {
  switch (problem.code) {
    case 'not-text':
      return `must be a text, not ${got(problem)}`;
    case 'not-number':
      return `must be a number, not ${got(problem)}`;
    case 'not-boolean':
      return `must be true or false, not ${got(problem)}`;
    case 'not-list':
      return `must be a list, not ${got(problem)}`;
    case 'not-object':
      return `must be an object, not ${got(problem)}`;
    case 'text-empty':
      return 'must not be empty';
    case 'text-short':
      return `must have at least ${problem.min} characters`;
    case 'text-long':
      return `must have at most ${problem.max} characters`;
    case 'text-form':
    case 'rule':
      return problem.english;
    case 'not-whole':
      return 'must be a whole number';
    case 'number-min':
      return `must be at least ${problem.min}`;
    case 'number-max':
      return `must be at most ${problem.max}`;
    case 'not-one-of':
      return `must be one of ${problem.values.map((value) => JSON.stringify(value)).join(', ')}, not ${got(problem)}`;
    case 'unknown-kind':
      return `must be one of ${problem.values.join(', ')}, not ${got(problem)}`;
    case 'list-long':
      return `must have at most ${problem.max} items`;
    case 'list-short':
      return `must have at least ${problem.min} item${problem.min === 1 ? '' : 's'}`;
    case 'map-large':
      return `must have at most ${problem.max} entries`;
    case 'too-deep':
      return 'is nested too deeply';
    case 'forbidden-key':
      return `has a forbidden key "${problem.key}"`;
    case 'unexpected-key':
      return 'is not expected here';
    case 'missing':
      return `is missing (expected ${problem.expected})`;
    case 'not-instant':
      return 'is not a real date and time';
    case 'not-empty':
      return 'must be empty';
    case 'not-valid':
      return 'is not valid';
    case 'duplicate-id':
      return `is used twice (${problem.id})`;
    case 'unknown-group':
      return 'refers to a group that does not exist';
    case 'unknown-account':
      return 'refers to an account that does not exist';
    case 'unknown-proof':
      return 'refers to proof that does not exist';
    default:
      return null;
  }
}

/** The English words of a problem with the whole file. */
function fileText(problem: ProblemDetail): string {
  switch (problem.code) {
    case 'file-too-large':
      return `The file is too large (more than ${problem.mb} MB).`;
    case 'file-too-deep':
      return `The file is nested more than ${problem.depth} levels deep.`;
    case 'file-empty':
      return 'The file is empty.';
    case 'not-json':
      return `The file is not valid JSON (it may be cut short or damaged): ${problem.detail}`;
    case 'not-a-file':
      return 'This is not a file.';
    case 'file-not-text':
      return 'The file is not text (it is binary or damaged).';
    case 'file-unreadable':
      return `The file could not be read: ${problem.detail}`;
    case 'import-not-saved':
      return `Nothing was imported: the data could not be saved (${problem.detail}).`;
    case 'browser-not-saved':
      return 'Your browser refused to save (its storage may be full or blocked). Nothing was changed.';
    case 'import-expired':
      return 'This import is no longer waiting: choose the file again.';
    case 'restore-not-saved':
      return `Nothing was restored: the data could not be saved (${problem.detail}).`;
    case 'kept-copy-unreadable':
      return `The copy kept before the import could not be read: ${problem.detail}`;
    case 'not-export-object':
      return 'This is not an Objector export file: it must hold a JSON object.';
    case 'not-export':
      return `format: this is not an Objector export file (expected "${problem.expected}").`;
    case 'export-too-new':
      return `version: this file was exported by a newer version of Objector (format ${problem.version}); this one reads format ${problem.supported}.`;
    case 'export-version':
      return `version: must be ${problem.readable.slice(0, -1).join(', ')}${problem.readable.length > 1 ? ' or ' : ''}${String(problem.readable.at(-1))}.`;
    case 'export-not-text':
      return 'The export must be a text.';
    case 'more-problems':
      return '…and more problems';
    case 'note':
      return problem.english;
    default:
      return 'The value is not valid.';
  }
}

/** The developer-facing English of a problem, e.g. "accounts[2].email: must be an e-mail address like name@example.com". */
export function englishProblem(problem: Problem): string {
  const field = fieldText(problem);
  return field === null ? fileText(problem) : `${problem.path || 'value'}: ${field}`;
}

/** A failed check's result from its problems: the problems and their English. */
export function refused(problems: readonly Problem[]): {
  readonly ok: false;
  readonly errors: string[];
  readonly problems: readonly Problem[];
} {
  return { ok: false, errors: problems.map(englishProblem), problems };
}

/** A failed check's result from English words only developers meet (see the 'note' problem). */
export function refusedEnglish(...english: readonly string[]): ReturnType<typeof refused> {
  return refused(english.map((text) => ({ path: '', code: 'note', english: text })));
}
