import {
  AlignmentType,
  Document,
  Footer,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';
import { DocxWriter, RANKED } from './docx/docxBlocks.js';
import type { Block } from './layout/Block.js';
import { labelsFor } from './labels.js';
import type { Paper, PaperLanguage } from './Paper.js';
import { layoutPaper } from './layout/layoutPaper.js';

type PagesBlock = Extract<Block, { type: 'pages' }>;

/**
 * Renders a paper as a Word document the secretariat finishes in Word: a title page, a table
 * of contents field over Heading 1–3 (Word fills in page numbers when it opens the file), ranked
 * items as numbered lists, skill needs as Word tables, and sources as footnotes.
 */
export async function toDocx(paper: Paper, language: PaperLanguage = 'it'): Promise<Uint8Array> {
  const labels = labelsFor(language);
  const blocks = layoutPaper(paper, labels);
  const writer = new DocxWriter();
  const cover = blocks.filter((b) => b.type === 'title').flatMap((b) => writer.write(b));
  // The body is one Word section per run of pages of one orientation (the annex is landscape).
  const body: { orientation: PagesBlock['orientation']; blocks: Block[] }[] = [
    { orientation: 'portrait', blocks: [] },
  ];
  for (const block of blocks) {
    if (block.type === 'title') continue;
    if (block.type === 'pages') body.push({ orientation: block.orientation, blocks: [block] });
    else body.at(-1)!.blocks.push(block);
  }
  const document = new Document({
    title: paper.title,
    subject: labels.documentKind,
    description: labels.draftNotice,
    creator: 'Tavolo',
    lastModifiedBy: 'Tavolo',
    features: { updateFields: true },
    styles: {
      default: {
        document: {
          run: { font: 'Calibri', size: 22, language: { value: labels.locale } },
          paragraph: { spacing: { after: 80 } },
        },
        heading1: { paragraph: { spacing: { before: 360, after: 160 }, keepNext: true } },
        heading2: { paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
        heading3: { paragraph: { spacing: { before: 200, after: 100 }, keepNext: true } },
      },
    },
    numbering: {
      config: [
        {
          reference: RANKED,
          levels: [0, 1, 2].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: Array.from({ length: level + 1 }, (_, i) => `%${i + 1}`).join('.') + '.',
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 540 } } },
          })),
        },
      ],
    },
    footnotes: writer.footnotes,
    sections: [
      { children: cover },
      ...body
        .filter((section) => section.blocks.length > 0)
        .map((section) => ({
          properties: {
            page: {
              size: {
                orientation:
                  section.orientation === 'landscape'
                    ? PageOrientation.LANDSCAPE
                    : PageOrientation.PORTRAIT,
              },
            },
          },
          footers: { default: pageNumberFooter() },
          children: section.blocks.flatMap((b) => writer.write(b)),
        })),
    ],
  });
  const buffer = await Packer.toArrayBuffer(document);
  return new Uint8Array(buffer);
}

/** The page number, centred at the foot of every page after the title page. */
function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: 18 })],
      }),
    ],
  });
}
