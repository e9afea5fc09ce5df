import type { BoardSnapshot, Section } from '@tavolo/board';
import { CardEditor } from './CardEditor.js';

/** The form at the foot of a section that adds a card of the section's kind. */
export function CardComposer({
  section,
  sectionTitle,
  board,
}: {
  section: Section;
  sectionTitle: string;
  board: BoardSnapshot;
}) {
  return (
    <CardEditor
      kind={section.kind}
      sectionId={section.id}
      sectionTitle={sectionTitle}
      board={board}
    />
  );
}
