import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setAgenda, type BoardSnapshot } from '@tavolo/board';
import { afterEach, describe, expect, it } from 'vitest';
import { useBoard } from '../sync/useTableConnection.js';
import type { TableConnection } from '../sync/TableConnection.js';
import { fakeConnection, memoryBoard, MODERATOR, renderWith } from '../testing/renderBoard.js';
import { AgendaEditor } from './AgendaEditor.js';

afterEach(cleanup);

function Editor({ connection }: { connection: TableConnection }) {
  return <AgendaEditor board={useBoard(connection)} />;
}

function agendaOf(connection: TableConnection): BoardSnapshot['agenda'] {
  return connection.getBoard().agenda;
}

describe('AgendaEditor', () => {
  it('saves the minutes per phase into the board, decimals with a comma', async () => {
    const doc = memoryBoard('preparation');
    const connection = fakeConnection(doc, MODERATOR);
    renderWith(<Editor connection={connection} />, { connection });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Scrittura silenziosa'), '10');
    await user.type(screen.getByLabelText('Votazione'), '0,5');
    await user.click(screen.getByRole('button', { name: 'Salva il programma' }));
    expect(agendaOf(connection)).toEqual({ silent: 600_000, voting: 30_000 });
    expect(screen.getByRole('status').textContent).toBe('Programma salvato.');
    expect(screen.getByText('Totale previsto: 10:30')).toBeTruthy();
  });

  it('refuses minutes that are not a number and changes nothing', async () => {
    const doc = memoryBoard('preparation');
    setAgenda(doc, MODERATOR, { sharing: 1_200_000 });
    const connection = fakeConnection(doc, MODERATOR);
    renderWith(<Editor connection={connection} />, { connection });
    const user = userEvent.setup();
    const sharing = screen.getByLabelText('Condivisione');
    expect((sharing as HTMLInputElement).value).toBe('20');
    await user.clear(sharing);
    await user.type(sharing, 'venti');
    await user.click(screen.getByRole('button', { name: 'Salva il programma' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Scrivi i minuti di «Condivisione» come numero da 0 a 1440.',
    );
    expect(agendaOf(connection)).toEqual({ sharing: 1_200_000 });
  });

  it('shows an agenda changed elsewhere until the moderator types', () => {
    const doc = memoryBoard('preparation');
    const connection = fakeConnection(doc, MODERATOR);
    renderWith(<Editor connection={connection} />, { connection });
    act(() => setAgenda(doc, MODERATOR, { grouping: 900_000 }));
    expect((screen.getByLabelText('Raggruppamento') as HTMLInputElement).value).toBe('15');
  });
});
