import type { Paper, PaperLanguage } from './Paper.js';
import { labelsFor } from './labels.js';
import type { Block, Inline, ListItem, Row } from './layout/Block.js';
import { layoutPaper } from './layout/layoutPaper.js';

/** Renders a paper as a Markdown draft (GitHub-flavoured: tables and footnotes). */
export function toMarkdown(paper: Paper, language: PaperLanguage = 'it'): string {
  const labels = labelsFor(language);
  const footnotes: string[] = [];
  const inline = (content: readonly Inline[]) =>
    content.map((i) => renderInline(i, footnotes)).join('');
  const out: string[] = [];
  for (const block of layoutPaper(paper, labels)) {
    const lines = renderBlock(block, inline);
    if (lines.length > 0) out.push(...lines, '');
  }
  if (footnotes.length > 0) {
    out.push(...footnotes.map((note, i) => `[^${i + 1}]: ${escapeMarkdown(note)}`), '');
  }
  return out.join('\n');
}

type RenderInline = (content: readonly Inline[]) => string;

function renderBlock(block: Block, inline: RenderInline): string[] {
  switch (block.type) {
    case 'title':
      return [
        `# ${escapeMarkdown(block.title)}`,
        '',
        `**${escapeMarkdown(block.kicker)}**`,
        '',
        block.lines.map(escapeMarkdown).join(' · '),
        '',
        `> ${escapeMarkdown(block.notice)}`,
      ];
    case 'toc':
      return []; // Markdown viewers build their own outline from the headings.
    case 'pages':
      return []; // Markdown has no pages: a wide table scrolls.
    case 'heading':
      return [`${'#'.repeat(block.level + 1)} ${escapeMarkdown(block.text)}`];
    case 'paragraph':
      return [escapeLineStart(inline(block.content))];
    case 'facts':
      return block.facts.map((f) => `- **${escapeMarkdown(f.label)}:** ${inline(f.value)}`);
    case 'list':
      return renderList(block.items, '', inline);
    case 'barChart':
      // No charts in Markdown: the same bars as a small table under the chart's title.
      return [
        `**${escapeMarkdown(block.title)}**`,
        '',
        tableLine([escapeMarkdown(block.labelHeader), escapeMarkdown(block.valueHeader)]),
        tableLine(['---', '---:']),
        ...block.bars.map((bar) => tableLine([escapeMarkdown(bar.label), String(bar.value)])),
      ];
    case 'table':
      return [
        tableLine(block.columns.map((c) => escapeMarkdown(c.header))),
        tableLine(block.columns.map((c) => (c.numeric ? '---:' : '---'))),
        ...block.rows.map((row) => tableLine(rowCells(row, inline))),
      ];
  }
}

function renderList(items: readonly ListItem[], indent: string, inline: RenderInline): string[] {
  return items.flatMap((item, i) => {
    const marker = `${i + 1}. `;
    const inner = indent + ' '.repeat(marker.length);
    return [
      `${indent}${marker}${inline(item.content)}`,
      ...item.details.map((detail) => `${inner}- ${inline(detail)}`),
      ...renderList(item.children, inner, inline),
    ];
  });
}

function rowCells(row: Row, inline: RenderInline): string[] {
  return row.cells.flatMap((cell) => {
    const content = inline(cell.content);
    return [content, ...Array<string>(Math.max(0, (cell.span ?? 1) - 1)).fill('')];
  });
}

function tableLine(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`.replace(/ {2,}\|/g, ' |');
}

function renderInline(inline: Inline, footnotes: string[]): string {
  if ('footnote' in inline) {
    footnotes.push(inline.footnote);
    return `[^${footnotes.length}]`;
  }
  const escaped = escapeMarkdown(inline.text);
  const mark = inline.bold ? '**' : inline.italic ? '_' : '';
  if (!mark || escaped.trim() === '') return escaped;
  // Emphasis may not start or end with a space: keep surrounding spaces outside the markers.
  const [, lead, core, trail] = /^(\s*)(.*?)(\s*)$/s.exec(escaped)!;
  return `${lead}${mark}${core}${mark}${trail}`;
}

/** Keeps a paragraph that starts like a list item ("1. ", "- ") from becoming one. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\d+)([.)])(\s)/, '$1\\$2$3').replace(/^([-+])(\s)/, '\\$1$2');
}

/** Escapes the characters that would turn a contributor's text into Markdown structure. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/([\\`*_[\]#<>|])/g, '\\$1');
}
