import { addCard, castVote, setPhase, type Actor } from '@tavolo/board';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import type * as Y from 'yjs';
import {
  fakeConnection,
  LAURA,
  memoryBoard,
  MODERATOR,
  PAOLO,
  renderWith,
} from '../testing/renderBoard.js';
import { SectionColumn } from './SectionColumn.js';
import { viewerRights } from './viewerRights.js';
import { useBoard } from '../sync/useTableConnection.js';
import type { RoomStatus } from '../sync/RoomStatusKeeper.js';
import type { TableConnection } from '../sync/TableConnection.js';

afterEach(cleanup);

function Needs({ connection }: { connection: TableConnection }) {
  const board = useBoard(connection);
  const section = board.sections.find((s) => s.id === 'needs')!;
  return (
    <SectionColumn section={section} board={board} rights={viewerRights(board, connection.actor)} />
  );
}

function show(doc: Y.Doc, actor: Actor, status?: RoomStatus) {
  const connection = fakeConnection(doc, actor, undefined, status);
  return { connection, ...renderWith(<Needs connection={connection} />, { connection }) };
}

describe('SectionColumn by phase', () => {
  it('silent writing shows one’s own cards and only a count of the others', () => {
    const doc = memoryBoard('silent');
    addCard(doc, LAURA, { section: 'needs', text: 'Tecnico PLC' });
    addCard(doc, PAOLO, { section: 'needs', text: 'Saldatore robotico' });
    addCard(doc, PAOLO, { section: 'needs', text: 'Manutentore' });
    show(doc, LAURA);
    expect(screen.getByText('Tecnico PLC')).toBeTruthy();
    expect(screen.queryByText('Saldatore robotico')).toBeNull();
    expect(
      screen.getByText('2 contributi degli altri, nascosti fino alla rivelazione'),
    ).toBeTruthy();
  });

  it('silent writing counts the cards the server did not even send', () => {
    const doc = memoryBoard('silent');
    addCard(doc, LAURA, { section: 'needs', text: 'Tecnico PLC' });
    show(doc, LAURA, { withheld: { needs: 4, trends: 9 }, rejected: [] });
    expect(
      screen.getByText('4 contributi degli altri, nascosti fino alla rivelazione'),
    ).toBeTruthy();
    expect(screen.getByText('5 contributi')).toBeTruthy();
  });

  it('sharing reveals every card and offers no vote buttons', () => {
    const doc = memoryBoard('sharing');
    addCard(doc, PAOLO, { section: 'needs', text: 'Saldatore robotico' });
    show(doc, LAURA);
    expect(screen.getByText('Saldatore robotico')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Punto/ })).toBeNull();
    expect(screen.queryByText(/contributi degli altri/)).toBeNull();
  });

  it('voting shows the remaining dots and hides totals; a vote spends a dot', async () => {
    const doc = memoryBoard('sharing');
    addCard(doc, PAOLO, { section: 'needs', text: 'Saldatore robotico' });
    setPhase(doc, MODERATOR, 'voting');
    castVote(doc, PAOLO, doc.getMap<unknown>('cards').keys().next().value as string);
    show(doc, LAURA);
    expect(screen.getByText('Ti restano 3 punti su 3')).toBeTruthy();
    expect(screen.queryByText(/\d voti?$/)).toBeNull();
    await userEvent.click(
      screen.getByRole('button', { name: '+ Punto al contributo «Saldatore robotico»' }),
    );
    expect(screen.getByText('Ti restano 2 punti su 3')).toBeTruthy();
    expect(screen.getByText('I tuoi punti qui: 1')).toBeTruthy();
  });

  it('after voting the totals are shown and nobody can vote', () => {
    const doc = memoryBoard('sharing');
    const id = addCard(doc, PAOLO, { section: 'needs', text: 'Saldatore robotico' });
    setPhase(doc, MODERATOR, 'voting');
    castVote(doc, PAOLO, id);
    castVote(doc, LAURA, id);
    setPhase(doc, MODERATOR, 'synthesis');
    show(doc, LAURA);
    expect(screen.getByText('2 voti')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Punto/ })).toBeNull();
  });

  it('a closed table is read-only: no composer, no edit buttons', () => {
    const doc = memoryBoard('sharing');
    addCard(doc, LAURA, { section: 'needs', text: 'Tecnico PLC' });
    setPhase(doc, MODERATOR, 'closed');
    show(doc, LAURA);
    expect(screen.getByText('Tecnico PLC')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Aggiungi' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Azioni su/ })).toBeNull();
  });

  it('grouping by keyboard: the group menu moves a card into a group', async () => {
    const doc = memoryBoard('sharing');
    addCard(doc, LAURA, { section: 'needs', text: 'Tecnico PLC' });
    setPhase(doc, MODERATOR, 'grouping');
    show(doc, MODERATOR);
    await userEvent.type(
      screen.getByLabelText('Nuovo gruppo in «Fabbisogni di competenze»'),
      'Automazione{Enter}',
    );
    // The card's actions menu: reachable and operable with the keyboard alone.
    screen.getByRole('button', { name: 'Azioni su «Tecnico PLC»' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement?.textContent).toBe('Modifica');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    const group = screen.getByRole('region', { name: 'Automazione' });
    expect(within(group).getByText('Tecnico PLC')).toBeTruthy();
  });

  it('adds a skill need with its typed fields', async () => {
    const doc = memoryBoard('sharing');
    show(doc, LAURA);
    await userEvent.type(
      screen.getByLabelText('Nuovo contributo in «Fabbisogni di competenze»'),
      'Tecnico di visione artificiale',
    );
    await userEvent.click(screen.getByText('Dettagli'));
    await userEvent.type(screen.getByLabelText('Competenze'), 'Python, OpenCV');
    await userEvent.selectOptions(screen.getByLabelText('Orizzonte'), '3-5y');
    await userEvent.click(screen.getByRole('button', { name: 'Aggiungi' }));
    const card = screen.getByText('Tecnico di visione artificiale').closest('li')!;
    expect(within(card).getByText('OpenCV')).toBeTruthy();
    expect(within(card).getByText('3–5 anni')).toBeTruthy();
  });

  it('shows a clear message when a number field is wrong and adds nothing', async () => {
    const doc = memoryBoard('sharing');
    show(doc, LAURA);
    await userEvent.type(screen.getByLabelText(/Nuovo contributo/), 'Saldatore');
    await userEvent.click(screen.getByText('Dettagli'));
    await userEvent.type(screen.getByLabelText('Assunzioni previste nei prossimi 12 mesi'), '2.5');
    await userEvent.click(screen.getByRole('button', { name: 'Aggiungi' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Le assunzioni previste sono un numero intero da 0 a 100.000.',
    );
    expect(doc.getMap('cards').size).toBe(0);
  });
});
