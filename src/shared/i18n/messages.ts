/**
 * The shape of every message catalog, taken from English. A language file typed `Messages` that
 * lacks a key, or gives a function the wrong parameters, fails the type check.
 */
import type { en } from './en/index';

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };

/** Every text a person reads, by area. */
export type Messages = Widen<typeof en>;
