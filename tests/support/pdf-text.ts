/**
 * Turns a PDF into text with `pdftotext` (Debian's poppler-utils; `.ci/run` installs it). When the
 * tool is missing the caller skips its test and says so loudly, instead of passing quietly.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** True when pdftotext can run here. */
export const hasPdftotext: boolean = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

if (!hasPdftotext)
  console.warn('\n*** SKIPPED: pdftotext is not installed (apt-get install poppler-utils); the proof pack PDF text was NOT checked. ***\n');

/** The text of a PDF, as pdftotext reads it. */
export function pdfText(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'objector-pdf-'));
  try {
    const path = join(dir, 'file.pdf');
    writeFileSync(path, pdf);
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
