import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { createGroup, moveCardToGroup } from '@tavolo/board';
import { useState, type ReactNode } from 'react';
import type { MessageKey } from '../../i18n/it.js';
import { useT } from '../../i18n/useT.js';
import { cardErrorMessage } from '../cardErrorMessage.js';
import { useConnection } from '../ConnectionContext.js';
import { shorten } from '../shorten.js';
import { BoardActionError } from '../useBoardAction.js';
import {
  DragKitContext,
  type DragKit,
  type DraggableCardProps,
  type DropAreaProps,
  type DropTarget,
} from './dragKit.js';
import { dropTargetAt, jumpBetweenTargets } from './dropTargets.js';

interface HeldCard {
  readonly cardId: string;
  readonly section: string;
  readonly label: string;
}

/**
 * Drag and drop of cards into groups, with a mouse, a long touch or the keyboard (Space on a
 * card's grip, arrows, Space again; Escape puts it back). The page scrolls when a held card
 * nears its top or bottom edge, so a group far up a long board is still in reach. Loaded
 * lazily: only a moderator's screen fetches it.
 */
export function GroupingDnd({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const t = useT();
  const connection = useConnection();
  const [held, setHeld] = useState<HeldCard | null>(null);
  const [error, setError] = useState<MessageKey | null>(null);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: jumpBetweenTargets }),
  );

  const labelOf = (data: { current?: Record<string, unknown> } | undefined) =>
    String(data?.current?.['label'] ?? '');
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('drag.start', { text: shorten(labelOf(active.data), 60) }),
    onDragOver: ({ over }) =>
      over ? t('drag.over', { target: labelOf(over.data) }) : t('drag.none'),
    onDragEnd: ({ over }) =>
      over ? t('drag.dropped', { target: labelOf(over.data) }) : t('drag.none'),
    onDragCancel: () => t('drag.cancel'),
  };

  const onDragStart = ({ active }: DragStartEvent) => {
    setHeld((active.data.current as HeldCard | undefined) ?? null);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setHeld(null);
    const card = active.data.current as HeldCard | undefined;
    const target = over?.data.current?.['target'] as DropTarget | undefined;
    if (!card || !target) return;
    try {
      connection.run((doc, a) => {
        if (target.kind === 'group') moveCardToGroup(doc, a, card.cardId, target.groupId);
        else if (target.kind === 'ungrouped') moveCardToGroup(doc, a, card.cardId, null);
        else {
          const heading = shorten(card.label, 60);
          createGroup(doc, a, { section: card.section, heading, cardIds: [card.cardId] });
        }
      });
      setError(null);
    } catch (err) {
      setError(cardErrorMessage(err));
    }
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={dropTargetAt}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('drag.instructions') },
      }}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setHeld(null)}
    >
      <DragKitContext.Provider value={enabled ? KIT : null}>
        <BoardActionError error={error} />
        {children}
      </DragKitContext.Provider>
      <DragOverlay dropAnimation={null}>
        {held && <div className="card drag-preview">{shorten(held.label, 120)}</div>}
      </DragOverlay>
    </DndContext>
  );
}

const KIT: DragKit = { DraggableCard, DropArea };

function DraggableCard({ cardId, section, label, children }: DraggableCardProps) {
  const t = useT();
  const drag = useDraggable({
    id: `card:${cardId}`,
    data: { cardId, section, label },
    attributes: { roleDescription: t('drag.role') },
  });
  return children({
    attachNode: drag.setNodeRef,
    nodeProps: drag.listeners ?? {},
    attachHandle: drag.setActivatorNodeRef,
    handleProps: drag.attributes as unknown as Record<string, unknown>,
    dragging: drag.isDragging,
  });
}

function DropArea({ id, section, label, target, children }: DropAreaProps) {
  const drop = useDroppable({ id, data: { section, label, target } });
  return children({ attach: drop.setNodeRef, over: drop.isOver });
}
