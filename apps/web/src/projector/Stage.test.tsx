import {
  addCard,
  addComment,
  castVote,
  createGroup,
  setAnonymity,
  setConclusions,
  setPhase,
  setSpotlight,
  snapshot,
  type Directory,
} from '@tavolo/board';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  LAURA,
  memoryBoard,
  MODERATOR,
  PAOLO,
  PEOPLE,
  renderWith,
} from '../testing/renderBoard.js';
import { Stage } from './Stage.js';

afterEach(cleanup);

const NEED = 'Tecnico di integrazione robotica';
const OTHER = 'Manutentore meccatronico';

/** A board with two needs, as the moderator's device holds it (every card, every name). */
function table() {
  const doc = memoryBoard('sharing');
  const need = addCard(doc, LAURA, { section: 'needs', text: NEED }, { now: 1 });
  const other = addCard(doc, PAOLO, { section: 'needs', text: OTHER }, { now: 2 });
  return { doc, need, other };
}

function show(doc: ReturnType<typeof memoryBoard>, directory: Directory = PEOPLE, withheld = {}) {
  return renderWith(
    <Stage board={snapshot(doc, directory)} directory={directory} withheld={withheld} />,
  );
}

describe('the projector’s stage', () => {
  it('shows only counts during silent writing, even on a device that holds the cards', () => {
    const { doc } = table();
    setPhase(doc, MODERATOR, 'silent');
    show(doc, PEOPLE, { needs: 3 });
    expect(screen.queryByText(NEED)).toBeNull();
    expect(screen.getByText('Fabbisogni di competenze').closest('li')?.textContent).toContain('5');
  });

  it('shows the cards newest first once shared, crediting whom the table names', () => {
    const { doc } = table();
    show(doc);
    const column = screen.getByRole('region', { name: 'Fabbisogni di competenze' });
    const cards = within(column).getAllByRole('listitem');
    expect(cards.map((c) => c.querySelector('.wall-text')?.textContent)).toEqual([OTHER, NEED]);
    expect(cards[1]!.textContent).toContain('Laura Bassi, Officine Reggiane');
  });

  it('names nobody at an anonymous table', () => {
    const { doc } = table();
    setAnonymity(doc, MODERATOR, true, false);
    show(doc);
    expect(screen.getByText(NEED)).toBeTruthy();
    expect(screen.queryByText(/Laura Bassi|Officine Reggiane/)).toBeNull();
  });

  it('shows a group as it forms', () => {
    const { doc, need } = table();
    setPhase(doc, MODERATOR, 'grouping');
    createGroup(doc, MODERATOR, { section: 'needs', heading: 'Robotica', cardIds: [need] });
    show(doc);
    const group = screen.getByText('Robotica').closest('li')!;
    expect(group.textContent).toContain('1 contributo');
    expect(group.textContent).toContain(NEED);
  });

  it('shows the spotlit card large with its comments, credited as the table allows', () => {
    const { doc, need } = table();
    addComment(doc, PAOLO, need, 'Serve anche la sicurezza funzionale');
    setSpotlight(doc, MODERATOR, { kind: 'card', id: need });
    show(doc);
    expect(screen.getByRole('heading', { level: 2, name: NEED })).toBeTruthy();
    const comments = screen.getByRole('region', { name: 'Commenti' });
    expect(comments.textContent).toContain('Serve anche la sicurezza funzionale');
    expect(comments.textContent).toContain('Paolo Ferri');
    expect(screen.queryByText(OTHER)).toBeNull();
  });

  it('shows how many voted during voting, and no item’s total', () => {
    const { doc, need } = table();
    setPhase(doc, MODERATOR, 'voting');
    castVote(doc, LAURA, need);
    castVote(doc, LAURA, need);
    show(doc);
    const progress = screen.getByRole('region', { name: 'Avanzamento della votazione' });
    expect(progress.querySelector('[data-voters]')?.getAttribute('data-voters')).toBe('1');
    expect(progress.querySelector('[data-dots]')?.getAttribute('data-dots')).toBe('2');
    expect(progress.textContent).toContain('ha votato su 2');
    expect(screen.queryByText(/\d+ vot[oi]\b/)).toBeNull();
  });

  it('shows the top items and the conclusions, paragraph by paragraph, at the end', () => {
    const { doc, need } = table();
    setPhase(doc, MODERATOR, 'voting');
    castVote(doc, LAURA, need);
    setPhase(doc, MODERATOR, 'synthesis');
    setConclusions(doc, MODERATOR, 'Primo punto.\n\nSecondo punto.');
    show(doc);
    const top = screen.getByRole('region', { name: 'I più votati' });
    expect(within(top).getByText(NEED).closest('li')?.textContent).toContain('1 voto');
    const conclusions = screen.getByRole('region', { name: 'Conclusioni del moderatore' });
    expect(
      within(conclusions)
        .getAllByText(/punto\./)
        .map((p) => p.textContent),
    ).toEqual(['Primo punto.', 'Secondo punto.']);
  });
});
