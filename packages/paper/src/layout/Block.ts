/** A run of text, or a footnote (a source) attached where it stands. */
export type Inline =
  | { readonly text: string; readonly bold?: boolean; readonly italic?: boolean }
  | { readonly footnote: string };

/** An entry of a ranked list: its text, detail lines under it, and nested entries. */
export interface ListItem {
  readonly content: readonly Inline[];
  readonly details: readonly (readonly Inline[])[];
  readonly children: readonly ListItem[];
}

/** A table column: header, relative width, and whether it holds numbers (right-aligned). */
export interface Column {
  readonly header: string;
  readonly width: number;
  readonly numeric?: boolean;
}

/** A table cell; `span` > 1 makes it cover the next columns too. */
export interface Cell {
  readonly content: readonly Inline[];
  readonly span?: number;
}

/** A table row; a group's row is set apart from its cards' rows. */
export interface Row {
  readonly cells: readonly Cell[];
  readonly kind?: 'group';
}

/** One bar of a bar chart. */
export interface Bar {
  readonly label: string;
  readonly value: number;
}

/**
 * Bars in the order given, first at the top: a chart in DOCX, a small table where a format has
 * no charts (Markdown).
 */
export interface BarChart {
  readonly type: 'barChart';
  readonly title: string;
  /** The chart in words, every bar with its value: the alt text screen readers read out. */
  readonly description: string;
  /** What the bars are (a table's first column). */
  readonly labelHeader: string;
  /** What the values count (a table's second column, the chart's series). */
  readonly valueHeader: string;
  readonly bars: readonly Bar[];
}

/**
 * The paper laid out as format-neutral blocks, in reading order. Markdown and DOCX render the
 * same blocks, so both formats always carry the same content in the same order.
 */
export type Block =
  | {
      readonly type: 'title';
      readonly kicker: string;
      readonly title: string;
      readonly lines: readonly string[];
      readonly notice: string;
    }
  | { readonly type: 'toc'; readonly title: string }
  | { readonly type: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly type: 'paragraph'; readonly content: readonly Inline[]; readonly note?: boolean }
  | {
      readonly type: 'facts';
      readonly facts: readonly { readonly label: string; readonly value: readonly Inline[] }[];
    }
  | { readonly type: 'list'; readonly items: readonly ListItem[] }
  | { readonly type: 'table'; readonly columns: readonly Column[]; readonly rows: readonly Row[] }
  | BarChart
  /**
   * What follows starts on a new page, turned as given, until the next such block: wide tables
   * go on landscape pages. Formats without pages (Markdown) ignore it.
   */
  | { readonly type: 'pages'; readonly orientation: 'portrait' | 'landscape' };

/** Plain text. */
export const text = (value: string): Inline => ({ text: value });
/** Bold text. */
export const bold = (value: string): Inline => ({ text: value, bold: true });
/** Italic text. */
export const italic = (value: string): Inline => ({ text: value, italic: true });
/** A single-cell-wide table cell. */
export const cell = (...content: Inline[]): Cell => ({ content });
