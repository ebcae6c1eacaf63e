/** Captures what an account view shows: a PNG of the visible page and a PDF of the whole page. */
import type { WebContents } from 'electron';
import type { PageCapture } from './evidence-store';

/** Takes both captures of `contents`. */
export async function capturePage(contents: WebContents): Promise<PageCapture> {
  const image = await contents.capturePage();
  const pdf = await contents.printToPDF({ printBackground: true });
  return { png: image.toPNG(), pdf, url: contents.getURL(), title: contents.getTitle() };
}
