import type { BoardSnapshot, Card } from '@tavolo/board';
import type { ViewerRights } from './viewerRights.js';

/** What a card and the controls on it are drawn from: the card, its board, the viewer's rights. */
export interface CardProps {
  readonly card: Card;
  readonly board: BoardSnapshot;
  readonly rights: ViewerRights;
}
