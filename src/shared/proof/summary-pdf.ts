/**
 * The proof pack's summary as a PDF (pdf-lib): one page per account, usually, with who (the label
 * and e-mail the person gave), the platform and campaign, where it stands, the history with dates
 * and zones, and every file with its SHA-256. The font is embedded (DejaVu Sans, subset), so every
 * language's letters show and the text can be copied and searched. Pure: the font bytes are
 * passed in; the PDF's dates come from `now`.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

/** One labelled fact ("Platform: Facebook"). */
export interface SummaryFact {
  readonly label: string;
  readonly value: string;
}

/** What one account's page shows. */
export interface SummarySection {
  readonly title: string;
  readonly facts: readonly SummaryFact[];
  readonly timelineHeading: string;
  readonly timeline: readonly string[];
  readonly filesHeading: string;
  readonly files: readonly string[];
  readonly note: string | null;
}

/** The whole summary. */
export interface SummaryInput {
  readonly title: string;
  readonly sections: readonly SummarySection[];
  readonly footer: string;
  readonly now: Date;
  readonly font: Uint8Array;
}

const A4 = { width: 595.28, height: 841.89 } as const;
const MARGIN = 48;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.38, 0.38, 0.42);

/** Writes lines down a page, starting a new page when it is full. */
class Writer {
  private page: PDFPage;
  private y = A4.height - MARGIN;

  constructor(
    private readonly pdf: PDFDocument,
    private readonly font: PDFFont,
  ) {
    this.page = pdf.addPage([A4.width, A4.height]);
  }

  newPage(): void {
    this.page = this.pdf.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN;
  }

  /** Splits `text` into lines no wider than the page at `size`, breaking at spaces (or anywhere in long words). */
  private wrap(text: string, size: number, indent: number): string[] {
    const width = A4.width - 2 * MARGIN - indent;
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
      let line = '';
      for (const word of paragraph.split(' ')) {
        const candidate = line === '' ? word : `${line} ${word}`;
        if (this.font.widthOfTextAtSize(candidate, size) <= width) {
          line = candidate;
          continue;
        }
        if (line !== '') lines.push(line);
        line = word;
        while (this.font.widthOfTextAtSize(line, size) > width) {
          let cut = line.length - 1;
          while (cut > 1 && this.font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut -= 1;
          lines.push(line.slice(0, cut));
          line = line.slice(cut);
        }
      }
      lines.push(line);
    }
    return lines;
  }

  text(text: string, size: number, options: { readonly indent?: number; readonly muted?: boolean; readonly after?: number } = {}): void {
    const indent = options.indent ?? 0;
    for (const line of this.wrap(text, size, indent)) {
      if (this.y - size < MARGIN) this.newPage();
      this.y -= size * 1.35;
      this.page.drawText(line, { x: MARGIN + indent, y: this.y, size, font: this.font, color: options.muted === true ? MUTED : INK });
    }
    this.y -= options.after ?? 0;
  }
}

/** The summary PDF's bytes. */
export async function summaryPdf(input: SummaryInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(input.font, { subset: true });
  pdf.setTitle(input.title);
  pdf.setProducer('Objector');
  pdf.setCreator('Objector');
  pdf.setCreationDate(input.now);
  pdf.setModificationDate(input.now);
  const writer = new Writer(pdf, font);
  input.sections.forEach((section, index) => {
    if (index > 0) writer.newPage();
    writer.text(section.title, 16, { after: 8 });
    for (const fact of section.facts) writer.text(`${fact.label}: ${fact.value}`, 10, { after: 1 });
    writer.text(section.timelineHeading, 12, { after: 2 });
    for (const line of section.timeline) writer.text(`• ${line}`, 9, { indent: 8 });
    writer.text('', 6);
    writer.text(section.filesHeading, 12, { after: 2 });
    for (const line of section.files) writer.text(line, 8, { indent: 8, after: 1 });
    if (section.note !== null) writer.text(section.note, 9, { after: 4 });
    writer.text(input.footer, 7.5, { muted: true });
  });
  return pdf.save({ useObjectStreams: false });
}
