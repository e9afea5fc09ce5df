import { addCard, castVote, setPhase, setVoteBudget } from '@tavolo/board';
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useBoard } from '../sync/useTableConnection.js';
import type { TableConnection } from '../sync/TableConnection.js';
import {
  fakeConnection,
  LAURA,
  memoryBoard,
  MODERATOR,
  PAOLO,
  PEOPLE,
  renderWith,
} from '../testing/renderBoard.js';
import { ParticipationPanel } from './ParticipationPanel.js';

afterEach(cleanup);

function Panel({ connection }: { connection: TableConnection }) {
  return <ParticipationPanel board={useBoard(connection)} />;
}

function rowOf(name: string): string[] {
  const row = screen.getByRole('rowheader', { name: new RegExp(name) }).closest('tr')!;
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent ?? '');
}

describe('ParticipationView', () => {
  it('shows the moderator who has written and voted, and the dots each has left', () => {
    const doc = memoryBoard('sharing');
    setVoteBudget(doc, MODERATOR, 2);
    const card = addCard(doc, LAURA, { section: 'needs', text: 'Tecnico PLC' });
    addCard(doc, LAURA, { section: 'needs', text: 'Manutentore meccatronico' });
    addCard(doc, MODERATOR, { section: 'needs', text: 'Nota del moderatore' });
    setPhase(doc, MODERATOR, 'voting');
    castVote(doc, PAOLO, card);
    const connection = fakeConnection(doc, MODERATOR, PEOPLE);
    renderWith(<Panel connection={connection} />, { connection });

    const sections = connection.getBoard().sections.length;
    expect(screen.getByText('Hanno scritto 1 su 2 · hanno votato 1 su 2')).toBeTruthy();
    // Contributions, dots used, dots left.
    expect(rowOf('Laura Bassi')).toEqual(['2', '0', String(2 * sections)]);
    expect(rowOf('Paolo Ferri')).toEqual(['0', '1', String(2 * sections - 1)]);
    expect(screen.getByText(/Officine Reggiane/)).toBeTruthy();
    // The moderator is not one of the participants.
    expect(screen.queryByRole('rowheader', { name: /Federico Marchi/ })).toBeNull();
  });

  it('follows the board live as a participant votes', () => {
    const doc = memoryBoard('voting');
    const card = addCard(doc, MODERATOR, { section: 'needs', text: 'Tecnico PLC' });
    const connection = fakeConnection(doc, MODERATOR, PEOPLE);
    renderWith(<Panel connection={connection} />, { connection });
    expect(screen.getByText('Hanno scritto 0 su 2 · hanno votato 0 su 2')).toBeTruthy();
    act(() => void castVote(doc, LAURA, card));
    expect(screen.getByText('Hanno scritto 0 su 2 · hanno votato 1 su 2')).toBeTruthy();
    expect(rowOf('Laura Bassi')[1]).toBe('1');
  });

  it('says so when nobody has joined yet, in English too', () => {
    const doc = memoryBoard('preparation');
    const connection = fakeConnection(doc, MODERATOR, { mod: PEOPLE.mod! });
    renderWith(<Panel connection={connection} />, { connection, language: 'en' });
    expect(screen.getByText('No participant has joined the table yet.')).toBeTruthy();
  });
});
