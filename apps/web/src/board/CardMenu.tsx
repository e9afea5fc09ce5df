import { createGroup, deleteCard, moveCardToGroup, setSpotlight, unmergeCard } from '@tavolo/board';
import { useT } from '../i18n/useT.js';
import { ActionMenu, type MenuAction } from './ActionMenu.js';
import type { CardProps } from './CardProps.js';
import { useConnection } from './ConnectionContext.js';
import { shorten } from './shorten.js';

/** What the card asks of its face when an action needs more than one click. */
export interface CardMenuCalls {
  onEdit(): void;
  /** Asks to confirm the deletion (the face shows the confirm buttons). */
  onDelete(): void;
  /** Asks which card to merge this one into (the face shows the picker). */
  onMerge(): void;
  /** Runs a board operation, keeping why it was refused. */
  act(op: () => void): void;
}

/**
 * Every action on a card, as far as the viewer may, behind one menu button: edit and delete
 * (own cards; any card when running the table), spotlight, and while grouping: move to a group
 * of the section, out of its group, into a new group, merge into another card, split merged
 * duplicates off again. The card itself stays as small as its text.
 */
export function CardMenu({
  card,
  board,
  rights,
  mine,
  onEdit,
  onDelete,
  onMerge,
  act,
}: CardProps & CardMenuCalls & { mine: boolean }) {
  const t = useT();
  const connection = useConnection();
  const short = shorten(card.text, 50);
  const mayChange = rights.mayWrite && (mine || rights.runsTable);
  const moderates = rights.runsTable && rights.mayWrite && !rights.hideOthers;
  const section = board.sections.find((s) => s.id === card.section);
  const run = (op: Parameters<typeof connection.run>[0]) => () => act(() => connection.run(op));
  const actions: MenuAction[] = [];

  if (mayChange) {
    actions.push({ id: 'edit', label: t('card.edit'), onSelect: onEdit });
  }
  if (rights.runsTable && !rights.hideOthers) {
    const spotlit = board.spotlight?.id === card.id;
    actions.push({
      id: 'spotlight',
      label: t(spotlit ? 'spotlight.clear' : 'spotlight.set'),
      onSelect: run((doc, a) =>
        setSpotlight(doc, a, spotlit ? null : { kind: 'card', id: card.id }),
      ),
    });
  }
  if (rights.grouping && section) {
    for (const group of section.groups) {
      if (group.id === card.groupId) continue;
      actions.push({
        id: `group-${group.id}`,
        label: t('card.moveTo', { heading: shorten(group.heading, 40) }),
        onSelect: run((doc, a) => moveCardToGroup(doc, a, card.id, group.id)),
      });
    }
    if (card.groupId !== null) {
      actions.push({
        id: 'ungroup',
        label: t('card.ungroup'),
        onSelect: run((doc, a) => moveCardToGroup(doc, a, card.id, null)),
      });
    }
    actions.push({
      id: 'new-group',
      label: t('card.newGroup'),
      onSelect: run((doc, a) =>
        createGroup(doc, a, {
          section: card.section,
          heading: shorten(card.text, 60),
          cardIds: [card.id],
        }),
      ),
    });
    if (section.cards.length > 1) {
      actions.push({ id: 'merge', label: t('card.mergeInto'), onSelect: onMerge });
    }
  }
  if (moderates) {
    for (const m of card.merged) {
      actions.push({
        id: `unmerge-${m.id}`,
        label: t('card.unmerge', { text: shorten(m.text, 40) }),
        onSelect: run((doc, a) => unmergeCard(doc, a, m.id)),
      });
    }
  }
  if (mayChange) {
    actions.push({ id: 'delete', label: t('card.delete'), danger: true, onSelect: onDelete });
  }
  return <ActionMenu label={t('card.actions', { text: short })} actions={actions} />;
}

/** Deletes a card once the person has confirmed; the face shows these after "Elimina". */
export function ConfirmDelete({
  cardId,
  act,
  onCancel,
}: {
  cardId: string;
  act(op: () => void): void;
  onCancel(): void;
}) {
  const t = useT();
  const connection = useConnection();
  return (
    <div className="card-confirm" role="group" aria-label={t('card.confirmDelete')}>
      <button
        type="button"
        className="danger"
        autoFocus
        onClick={() => act(() => connection.run((doc, a) => deleteCard(doc, a, cardId)))}
      >
        {t('card.confirmDelete')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('card.cancel')}
      </button>
    </div>
  );
}
