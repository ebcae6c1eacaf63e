// Types of scripts/i18n-types.mjs for the TypeScript that imports it (the unit tests).
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** The kinds an ICU argument is used with. */
export type ArgumentKind = 'argument' | 'number' | 'plural' | 'selectordinal' | 'select' | 'date' | 'time' | 'tag';

/** Where the message files live. */
export const MESSAGES_DIR: string;
/** The types file the script writes. */
export const GENERATED_FILE: string;
/** The loaders file the script writes. */
export const LOADERS_FILE: string;
/** The options every reader of our messages parses them with. */
export const PARSE_OPTIONS: Readonly<{ ignoreTag: true; requiresOtherClause: true }>;
/** Parses one message; the error names `where`. */
export function parseMessage(message: string, where: string): MessageFormatElement[];
/** The arguments of a parsed message and the kinds each is used with. */
export function argumentKinds(ast: readonly MessageFormatElement[]): {
  readonly kinds: Map<string, Set<ArgumentKind>>;
  readonly selectOptions: Map<string, string[]>;
};
/** Every message file: locale → (key → message). */
export function readMessageFiles(dir?: string): Map<string, Record<string, string>>;
/** The generated types file's text. */
export function renderGenerated(catalogs?: Map<string, Record<string, string>>): Promise<string>;
/** The generated loaders file's text. */
export function renderLoaders(catalogs?: Map<string, Record<string, string>>): Promise<string>;
