import { memo, useCallback, useState } from 'react';
import { useBoard, usePresence } from '../sync/useTableConnection.js';
import { CardEditor } from './CardEditor.js';
import type { CardProps } from './CardProps.js';
import { useConnection } from './ConnectionContext.js';
import { CardBody } from './CardBody.js';
import { useDragKit } from './grouping/dragKit.js';
import { usePersonName } from './usePersonName.js';
import type { ViewerRights } from './viewerRights.js';

/**
 * One card: its editor while the viewer edits it, else its face (CardFace). Redrawn, like its
 * face, only when what it shows changed (sameView): a remote edit on a 500-card board must not
 * run all 500. The editor follows the board itself (LiveCardEditor).
 */
export const CardView = memo(function CardView({ card, board, rights }: CardProps) {
  const connection = useConnection();
  const [editing, setEditing] = useState(false);
  const nameOf = usePersonName();
  const editingBy = usePresence(connection)
    .filter((p) => !p.isSelf && p.editing === card.id)
    .map(nameOf)
    .join(', ');
  const onEdit = useCallback(() => {
    connection.setEditing(card.id);
    connection.setSection(card.section);
    setEditing(true);
  }, [connection, card.id, card.section]);

  if (editing && rights.mayWrite) {
    return (
      <li className="card editing" data-card-id={card.id}>
        <LiveCardEditor
          card={card}
          onDone={() => {
            connection.setEditing(null);
            setEditing(false);
          }}
        />
      </li>
    );
  }
  return (
    <CardFace card={card} board={board} rights={rights} editingBy={editingBy} onEdit={onEdit} />
  );
}, sameView);

/** The editor of a card, on the board as it is now (a proposal lists the needs it answers). */
function LiveCardEditor({ card, onDone }: { card: CardProps['card']; onDone(): void }) {
  const board = useBoard(useConnection());
  return (
    <CardEditor
      kind={card.kind}
      sectionId={card.section}
      board={board}
      card={card}
      onDone={onDone}
    />
  );
}

interface CardFaceProps extends CardProps {
  /** Names of the others editing this card now, or ''. */
  readonly editingBy: string;
  onEdit(): void;
}

/**
 * A card as read (CardBody), draggable while its viewer groups cards. Every change to the board makes a new snapshot, so comparing `board` would
 * redraw all cards on every edit (50 ms for 500 cards on a laptop, far more on a phone): a card
 * is redrawn only when its own snapshot, the viewer's rights or what it shows of the board
 * change. Controls that list other cards or votes (moderation, voting, a proposal's answered
 * needs) still follow every change.
 */
const CardFace = memo(function CardFace({ card, board, rights, editingBy, onEdit }: CardFaceProps) {
  const kit = useDragKit();
  if (!kit)
    return (
      <CardBody
        card={card}
        board={board}
        rights={rights}
        editingBy={editingBy}
        onEdit={onEdit}
        drag={null}
      />
    );
  return (
    <kit.DraggableCard cardId={card.id} section={card.section} label={card.text}>
      {(drag) => (
        <CardBody
          card={card}
          board={board}
          rights={rights}
          editingBy={editingBy}
          onEdit={onEdit}
          drag={drag}
        />
      )}
    </kit.DraggableCard>
  );
}, sameFace);

function sameFace(a: CardFaceProps, b: CardFaceProps): boolean {
  return a.editingBy === b.editingBy && a.onEdit === b.onEdit && sameView(a, b);
}

/** True when a card shows the same on both: its snapshot, the rights, what it reads of the board. */
function sameView(a: CardProps, b: CardProps): boolean {
  if (a.card !== b.card) return false;
  if (!sameRights(a.rights, b.rights)) return false;
  if (a.board === b.board) return true;
  const { card, rights } = b;
  // These read other cards or the votes: any change to the board may change them.
  if (rights.runsTable || rights.votingOpen) return false;
  if (card.kind === 'proposal' && card.answers.length > 0) return false;
  return (a.board.spotlight?.id === card.id) === (b.board.spotlight?.id === card.id);
}

function sameRights(a: ViewerRights, b: ViewerRights): boolean {
  if (a === b) return true;
  for (const key of Object.keys(a) as (keyof ViewerRights)[]) if (a[key] !== b[key]) return false;
  return true;
}
