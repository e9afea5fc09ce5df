import { useState, type DragEvent } from 'react';

/** The drag data type carrying a card id between a card and a drop zone. */
const CARD_TYPE = 'application/x-tavolo-card';

/** Props that make a card draggable while `enabled`. */
export function cardDragProps(enabled: boolean, cardId: string) {
  if (!enabled) return {};
  return {
    draggable: true,
    onDragStart(event: DragEvent) {
      event.dataTransfer.setData(CARD_TYPE, cardId);
      event.dataTransfer.setData('text/plain', cardId);
      event.dataTransfer.effectAllowed = 'move';
    },
  };
}

/** A drop target for cards: `onDrop(cardId)` runs when a card is dropped on it. */
export function useDropZone(enabled: boolean, onDrop: (cardId: string) => void) {
  const [over, setOver] = useState(false);
  if (!enabled) return { over: false, props: {} };
  return {
    over,
    props: {
      onDragOver(event: DragEvent) {
        if (!event.dataTransfer.types.includes(CARD_TYPE)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setOver(true);
      },
      onDragLeave() {
        setOver(false);
      },
      onDrop(event: DragEvent) {
        const cardId =
          event.dataTransfer.getData(CARD_TYPE) || event.dataTransfer.getData('text/plain');
        setOver(false);
        if (!cardId) return;
        event.preventDefault();
        event.stopPropagation();
        onDrop(cardId);
      },
    },
  };
}
