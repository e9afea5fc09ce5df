import { addCard, type Directory } from '@tavolo/board';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useBoard } from '../sync/useTableConnection.js';
import type { TableConnection } from '../sync/TableConnection.js';
import {
  fakeConnection,
  LAURA,
  memoryBoard,
  PAOLO,
  PEOPLE,
  renderWith,
} from '../testing/renderBoard.js';
import { SectionColumn } from './SectionColumn.js';
import { viewerRights } from './viewerRights.js';

afterEach(cleanup);

function Needs({ connection }: { connection: TableConnection }) {
  const board = useBoard(connection);
  const section = board.sections.find((s) => s.id === 'needs')!;
  return (
    <SectionColumn section={section} board={board} rights={viewerRights(board, connection.actor)} />
  );
}

function authorAs(directory: Directory): string {
  const doc = memoryBoard('sharing');
  addCard(doc, PAOLO, { section: 'needs', text: 'Saldatore robotico' });
  const connection = fakeConnection(doc, LAURA, directory);
  renderWith(<Needs connection={connection} />, { connection });
  return screen.getByText('Saldatore robotico').closest('li')!.querySelector('.card-author')!
    .textContent!;
}

describe('a card’s author', () => {
  it.each<[string, Directory, string]>([
    ['named with their organisation', PEOPLE, 'di Paolo Ferri, Automazioni Modenesi'],
    ['named alone', { paolo: { name: 'Paolo Ferri' } }, 'di Paolo Ferri'],
    [
      'by organisation (anonymous table)',
      { paolo: { organisation: 'Automazioni' } },
      'Automazioni',
    ],
    ['anonymous', { paolo: { role: 'participant' } }, 'Anonimo'],
    ['anonymous when the directory does not know them', {}, 'Anonimo'],
  ])('is shown %s, as the directory the server sent says', (_, directory, shown) => {
    expect(authorAs(directory)).toBe(shown);
  });
});
