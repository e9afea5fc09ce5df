import type { BoardSnapshot } from '@tavolo/board';
import { labelsFor, type PaperLanguage } from './labels.js';

/** Renders one table's board as a Markdown position-paper draft. */
export function toMarkdown(board: BoardSnapshot, language: PaperLanguage = 'it'): string {
  const labels = labelsFor(language);
  const lines: string[] = [`# ${escapeMarkdown(board.title)}`, '', `_${labels.draftNotice}_`, ''];
  for (const section of board.sections) {
    const title = section.title ?? labels.sections[section.id] ?? section.id;
    lines.push(`## ${escapeMarkdown(title)}`, '');
    if (section.cards.length === 0) {
      lines.push(labels.noContributions, '');
      continue;
    }
    section.cards.forEach((card, i) => {
      const org = card.organisation ? ` (${escapeMarkdown(card.organisation)})` : '';
      lines.push(`${i + 1}. ${escapeMarkdown(card.text)}${org}`);
    });
    lines.push('');
  }
  return lines.join('\n');
}

/** Escapes the characters that would turn a contributor's text into Markdown structure. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/([\\`*_[\]#<>|])/g, '\\$1');
}
