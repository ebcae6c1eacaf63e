/**
 * The shape of every message catalog, generated from English (messages/en.json): a missing key or
 * a wrong parameter at a call site fails the type check.
 */
export type { Messages } from './messages.generated';
