/** Names inside a proof pack, apart from the code that builds it. */

/** A folder name from a label: letters and digits kept (any script), the rest made dashes. */
export function folderOf(index: number, label: string): string {
  const slug = label
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${String(index + 1).padStart(2, '0')}${slug === '' ? '' : `-${slug}`}`;
}
