import {
  AlignmentType,
  FootnoteReferenceRun,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Block, Column, Inline, ListItem, Row } from '../layout/Block.js';
import { barChart } from './barChart.js';
import { columnWidths } from './columnWidths.js';

/** Width of the text on an A4 page with Word's default margins (1 inch), in twips. */
export const TEXT_WIDTH = { portrait: 11906 - 2 * 1440, landscape: 16838 - 2 * 1440 } as const;
/** The numbering definition every ranked list uses: 1., then 1.1. below it. */
export const RANKED = 'ranked';

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;
const TABLE_TEXT = 18; // half-points: 9 pt in tables
const HEADER_FILL = 'D9E2F3';
const GROUP_FILL = 'F2F2F2';

/** Turns blocks into Word paragraphs and tables, collecting footnotes as it goes. */
export class DocxWriter {
  /** Footnote texts by id, as the Document wants them. */
  readonly footnotes: Record<string, { children: Paragraph[] }> = {};
  private footnoteCount = 0;
  private listCount = 0;
  /** Width of the text on the current pages, which tables fill. */
  private textWidth: number = TEXT_WIDTH.portrait;

  /**
   * Word elements for a block. A `pages` block yields nothing here: the caller starts a new
   * Word section for it, and tables after it take the width of its pages.
   */
  write(block: Block): (Paragraph | Table | TableOfContents)[] {
    switch (block.type) {
      case 'pages':
        this.textWidth = TEXT_WIDTH[block.orientation];
        return [];
      case 'title':
        return this.titlePage(block);
      case 'toc':
        return [
          new Paragraph({ children: [new TextRun({ text: block.title, bold: true, size: 28 })] }),
          new TableOfContents(block.title, { hyperlink: true, headingStyleRange: '1-3' }),
        ];
      case 'heading':
        return [
          new Paragraph({ heading: HEADINGS[block.level], children: [new TextRun(block.text)] }),
        ];
      case 'paragraph':
        return [new Paragraph({ children: this.runs(block.content), spacing: { after: 120 } })];
      case 'facts':
        return block.facts.map(
          (fact) =>
            new Paragraph({
              spacing: { after: 60 },
              children: [
                new TextRun({ text: `${fact.label}: `, bold: true }),
                ...this.runs(fact.value),
              ],
            }),
        );
      case 'list':
        this.listCount++;
        return this.listItems(block.items, 0, this.listCount);
      case 'table':
        return [this.table(block.columns, block.rows), new Paragraph({ children: [] })];
      case 'barChart':
        return [
          new Paragraph({
            spacing: { after: 200 },
            children: [barChart(block, this.textWidth)],
          }),
        ];
    }
  }

  private titlePage(block: Extract<Block, { type: 'title' }>): Paragraph[] {
    return [
      new Paragraph({
        spacing: { before: 2400, after: 240 },
        children: [new TextRun({ text: block.kicker, size: 28, color: '44546A', allCaps: true })],
      }),
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block.title)] }),
      ...block.lines.map(
        (line) =>
          new Paragraph({
            spacing: { after: 120 },
            children: [new TextRun({ text: line, size: 28 })],
          }),
      ),
      new Paragraph({
        spacing: { before: 1200 },
        children: [new TextRun({ text: block.notice, italics: true, color: '7F7F7F' })],
      }),
    ];
  }

  private listItems(items: readonly ListItem[], level: number, instance: number): Paragraph[] {
    return items.flatMap((item) => [
      new Paragraph({
        numbering: { reference: RANKED, level, instance },
        children: this.runs(item.content),
      }),
      ...item.details.map(
        (detail) =>
          new Paragraph({
            indent: { left: 720 * (level + 1) },
            spacing: { after: 60 },
            children: this.runs(detail, { size: 20 }),
          }),
      ),
      ...this.listItems(item.children, level + 1, instance),
    ]);
  }

  private table(columns: readonly Column[], rows: readonly Row[]): Table {
    const widths = columnWidths(columns, rows, this.textWidth);
    const header = new TableRow({
      tableHeader: true,
      children: columns.map(
        (column) =>
          new TableCell({
            shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' },
            children: [
              new Paragraph({
                alignment: column.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
                children: [new TextRun({ text: column.header, bold: true, size: TABLE_TEXT })],
              }),
            ],
          }),
      ),
    });
    const body = rows.map((row) => {
      let at = 0;
      return new TableRow({
        cantSplit: true,
        children: row.cells.map((cell) => {
          const column = columns[at];
          const span = cell.span ?? 1;
          at += span;
          return new TableCell({
            columnSpan: span > 1 ? span : undefined,
            shading:
              row.kind === 'group'
                ? { type: ShadingType.CLEAR, fill: GROUP_FILL, color: 'auto' }
                : undefined,
            children: [
              new Paragraph({
                alignment: column?.numeric && span === 1 ? AlignmentType.RIGHT : AlignmentType.LEFT,
                children: this.runs(cell.content, { size: TABLE_TEXT }),
              }),
            ],
          });
        }),
      });
    });
    return new Table({
      width: { size: this.textWidth, type: WidthType.DXA },
      columnWidths: widths,
      rows: [header, ...body],
    });
  }

  private runs(content: readonly Inline[], style: { size?: number } = {}): ParagraphChild[] {
    return content.map((inline) => {
      if ('footnote' in inline) {
        this.footnoteCount++;
        this.footnotes[String(this.footnoteCount)] = {
          children: [new Paragraph({ children: [new TextRun(inline.footnote)] })],
        };
        return new FootnoteReferenceRun(this.footnoteCount);
      }
      return new TextRun({
        text: inline.text,
        bold: inline.bold,
        italics: inline.italic,
        size: style.size,
      });
    });
  }
}
