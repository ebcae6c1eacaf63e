/** The one name of an account's persistent browser session (design.md §4). */

/** The partition of `accountId`: its cookies, storage and cache, apart from every other account. */
export function partitionFor(accountId: string): string {
  return `persist:account-${accountId}`;
}
