import type { BoardSnapshot, Card, Section } from '@tavolo/board';
import { useT } from '../i18n/useT.js';
import { CardView } from './CardView.js';
import { useDragKit, type DropBinding } from './grouping/dragKit.js';
import type { ViewerRights } from './viewerRights.js';

interface UngroupedProps {
  section: Section;
  /** The section's title as shown. */
  title: string;
  cards: readonly Card[];
  board: BoardSnapshot;
  rights: ViewerRights;
}

/** A section's cards that are in no group; while grouping, dropping a card here ungroups it. */
export function UngroupedCards(props: UngroupedProps) {
  const t = useT();
  const kit = useDragKit();
  if (!kit) return <CardList {...props} drop={null} />;
  return (
    <kit.DropArea
      id={`ungrouped:${props.section.id}`}
      section={props.section.id}
      label={t('section.ungrouped', { section: props.title })}
      target={{ kind: 'ungrouped' }}
    >
      {(drop) => <CardList {...props} drop={drop} />}
    </kit.DropArea>
  );
}

function CardList({
  title,
  cards,
  board,
  rights,
  drop,
}: UngroupedProps & { drop: DropBinding | null }) {
  const t = useT();
  const classes = ['cards', drop && 'drop-zone', drop?.over && 'drop-over'];
  return (
    <ul
      ref={drop?.attach}
      className={classes.filter(Boolean).join(' ')}
      aria-label={t('section.ungrouped', { section: title })}
    >
      {cards.map((card) => (
        <CardView key={card.id} card={card} board={board} rights={rights} />
      ))}
    </ul>
  );
}
