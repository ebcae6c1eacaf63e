/** Captures what an account view shows: a PNG of the visible page and a PDF of the whole page. */
import type { WebContents } from 'electron';
import type { PageCapture } from './evidence-store';

/** Takes both captures of `contents`. */
export async function capturePage(contents: WebContents): Promise<PageCapture> {
  const image = await contents.capturePage();
  // A hidden or minimised view gives an empty image: that is no proof, say so instead of saving it.
  if (image.isEmpty()) throw new Error('The page could not be captured (it is hidden or not drawn yet). Show the window and try again.');
  const pdf = await contents.printToPDF({ printBackground: true });
  return { png: image.toPNG(), pdf, url: contents.getURL(), title: contents.getTitle() };
}
