import {
  deleteGroup,
  renameGroup,
  setSpotlight,
  type BoardSnapshot,
  type Card,
  type Group,
} from '@tavolo/board';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../i18n/useT.js';
import { ActionMenu, type MenuAction } from './ActionMenu.js';
import { CardView } from './CardView.js';
import { useConnection } from './ConnectionContext.js';
import { useDragKit, type DropBinding } from './grouping/dragKit.js';
import { shorten } from './shorten.js';
import { BoardActionError, useBoardAction } from './useBoardAction.js';
import type { ViewerRights } from './viewerRights.js';
import { VoteControls } from './VoteControls.js';

interface GroupProps {
  group: Group;
  cards: readonly Card[];
  board: BoardSnapshot;
  rights: ViewerRights;
}

/** A group of cards under its heading; a drop target while grouping. */
export function GroupView(props: GroupProps) {
  const kit = useDragKit();
  if (!kit) return <GroupBody {...props} drop={null} />;
  const { group } = props;
  return (
    <kit.DropArea
      id={`group:${group.id}`}
      section={group.section}
      label={group.heading}
      target={{ kind: 'group', groupId: group.id }}
    >
      {(drop) => <GroupBody {...props} drop={drop} />}
    </kit.DropArea>
  );
}

function GroupBody({
  group,
  cards,
  board,
  rights,
  drop,
}: GroupProps & { drop: DropBinding | null }) {
  const t = useT();
  const id = useId();
  const connection = useConnection();
  const { act, error } = useBoardAction();
  const [heading, setHeading] = useState<string | null>(null);
  const spotlit = board.spotlight?.id === group.id;
  const headingId = `${id}-heading`;

  const rename = (event: FormEvent) => {
    event.preventDefault();
    if (heading === null || heading.trim() === '') return;
    act(() => connection.run((doc, a) => renameGroup(doc, a, group.id, heading)));
    setHeading(null);
  };

  const actions: MenuAction[] = [];
  if (rights.runsTable && rights.mayWrite) {
    if (rights.grouping) {
      actions.push({
        id: 'rename',
        label: t('group.rename'),
        onSelect: () => setHeading(group.heading),
      });
    }
    actions.push({
      id: 'spotlight',
      label: t(spotlit ? 'spotlight.clear' : 'spotlight.set'),
      onSelect: () =>
        act(() =>
          connection.run((doc, a) =>
            setSpotlight(doc, a, spotlit ? null : { kind: 'group', id: group.id }),
          ),
        ),
    });
    if (rights.grouping) {
      actions.push({
        id: 'delete',
        label: t('group.delete'),
        danger: true,
        onSelect: () => act(() => connection.run((doc, a) => deleteGroup(doc, a, group.id))),
      });
    }
  }
  const classes = ['group', spotlit && 'spotlit', drop && 'drop-zone', drop?.over && 'drop-over'];

  return (
    <section
      ref={drop?.attach}
      className={classes.filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      data-group-id={group.id}
      data-spotlight-id={group.id}
      aria-current={spotlit ? 'true' : undefined}
    >
      <header className="group-header">
        {heading === null ? (
          <h3 id={headingId}>{group.heading}</h3>
        ) : (
          <form onSubmit={rename} className="inline-form">
            <label htmlFor={`${id}-rename`} className="visually-hidden">
              {t('group.heading')}
            </label>
            <input
              id={`${id}-rename`}
              value={heading}
              autoFocus
              onChange={(e) => setHeading(e.target.value)}
              onKeyDown={(e) => e.key === 'Escape' && setHeading(null)}
            />
            <button type="submit">{t('card.save')}</button>
            <h3 id={headingId} className="visually-hidden">
              {group.heading}
            </h3>
          </form>
        )}
        {rights.totalsVisible && (
          <span className="vote-total" data-votes={group.votes}>
            {t('vote.total', { count: group.votes })}
          </span>
        )}
        <ActionMenu
          label={t('group.actions', { heading: shorten(group.heading, 50) })}
          actions={actions}
        />
      </header>
      {spotlit && <p className="spotlight-tag">{t('spotlight.on')}</p>}
      {rights.votingOpen && (
        <VoteControls target={group.id} kind="group" label={group.heading} board={board} />
      )}
      <ul className="cards" aria-label={t('group.cards', { heading: group.heading })}>
        {cards.map((card) => (
          <CardView key={card.id} card={card} board={board} rights={rights} />
        ))}
      </ul>
      {rights.grouping && cards.length === 0 && <p className="hint">{t('group.dropHere')}</p>}
      <BoardActionError error={error} />
    </section>
  );
}
