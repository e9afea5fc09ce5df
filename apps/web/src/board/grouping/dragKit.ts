import { createContext, useContext, type ComponentType, type ReactNode } from 'react';

/** What a draggable card puts on its elements. */
export interface CardDragBinding {
  /** The card's element: it moves, and a mouse or a long touch anywhere on it drags it. */
  readonly attachNode: (element: HTMLElement | null) => void;
  readonly nodeProps: Record<string, unknown>;
  /** The grip button: Space or Enter on it picks the card up for the keyboard. */
  readonly attachHandle: (element: HTMLElement | null) => void;
  readonly handleProps: Record<string, unknown>;
  readonly dragging: boolean;
}

/** What a drop area puts on its element. */
export interface DropBinding {
  readonly attach: (element: HTMLElement | null) => void;
  /** A card of this area's section is held over it. */
  readonly over: boolean;
}

/** Where a card may land: a group, the section's ungrouped cards, or a new group. */
export type DropTarget =
  | { readonly kind: 'group'; readonly groupId: string }
  | { readonly kind: 'ungrouped' }
  | { readonly kind: 'newGroup' };

/**
 * Drag and drop while grouping. The kit (mouse, touch and keyboard, on @dnd-kit) is code of its
 * own, fetched only on a moderator's screen; everywhere else `useDragKit()` is null and cards
 * and groups draw without it.
 */
export interface DragKit {
  readonly DraggableCard: ComponentType<DraggableCardProps>;
  readonly DropArea: ComponentType<DropAreaProps>;
}

/** A card that can be picked up; `label` (its text) is what a screen reader hears. */
export interface DraggableCardProps {
  readonly cardId: string;
  readonly section: string;
  readonly label: string;
  children(binding: CardDragBinding): ReactNode;
}

/** A place cards of `section` can be dropped on; `label` names it to a screen reader. */
export interface DropAreaProps {
  readonly id: string;
  readonly section: string;
  readonly label: string;
  readonly target: DropTarget;
  children(binding: DropBinding): ReactNode;
}

/** The kit's context; its value is null unless the moderator is grouping. */
export const DragKitContext = createContext<DragKit | null>(null);

/** The drag-and-drop kit while the viewer groups cards, else null. */
export function useDragKit(): DragKit | null {
  return useContext(DragKitContext);
}
