import { addCard, addComment, setPhase, snapshot, type Actor, type Directory } from '@tavolo/board';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
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
import { CardComments } from './CardComments.js';
import { viewerRights } from './viewerRights.js';

afterEach(cleanup);

function Comments({ connection }: { connection: TableConnection }) {
  const board = useBoard(connection);
  const card = board.sections.flatMap((s) => s.cards).find((c) => c.id === 'card')!;
  return <CardComments card={card} rights={viewerRights(board, connection.actor)} />;
}

/** Paolo's card "Saldatore robotico", with Paolo's comment on it when `withComment`. */
function table(phase: Parameters<typeof memoryBoard>[0] = 'sharing', withComment = true) {
  const doc = memoryBoard('sharing');
  addCard(doc, PAOLO, { section: 'needs', text: 'Saldatore robotico' }, { id: 'card' });
  if (withComment) addComment(doc, PAOLO, 'card', 'Ne cerchiamo due a Modena', { id: 'm1' });
  setPhase(doc, MODERATOR, phase);
  return doc;
}

async function openAs(doc: Y.Doc, actor: Actor, directory: Directory = PEOPLE) {
  const connection = fakeConnection(doc, actor, directory);
  renderWith(<Comments connection={connection} />, { connection });
  const toggle = screen.getByRole('button', { name: /Saldatore robotico/ });
  await userEvent.click(toggle);
  return screen.getByRole('region', { name: 'Commenti a «Saldatore robotico»' });
}

const commentsOf = (doc: Y.Doc) => snapshot(doc).sections[0]!.cards[0]!.comments;

describe('comments on a card', () => {
  it('lets a participant add one to another’s card, counted on the button', async () => {
    const doc = table('sharing', false);
    const thread = await openAs(doc, LAURA);
    expect(within(thread).getByText('Ancora nessun commento.')).toBeTruthy();
    // Pasted, not typed key by key: the box is a plain textarea, and typing is slow under load.
    await userEvent.click(within(thread).getByLabelText('Il tuo commento'));
    await userEvent.paste('Da noi anche saldatori TIG');
    await userEvent.click(within(thread).getByRole('button', { name: 'Invia' }));
    expect(commentsOf(doc)).toMatchObject([
      { authorId: 'laura', text: 'Da noi anche saldatori TIG' },
    ]);
    const item = within(thread).getByText('Da noi anche saldatori TIG').closest('li')!;
    expect(within(item).getByText('Tu')).toBeTruthy();
    expect(within(item).getByText('proprio ora')).toBeTruthy();
    expect((within(thread).getByLabelText('Il tuo commento') as HTMLTextAreaElement).value).toBe(
      '',
    );
    expect(
      screen.getByRole('button', { name: '1 commento a «Saldatore robotico»' }).textContent,
    ).toContain('1 commento');
  });

  it('lets the author edit their own comment, marked as edited', async () => {
    const doc = table();
    const thread = await openAs(doc, PAOLO);
    await userEvent.click(
      within(thread).getByRole('button', {
        name: 'Modifica il tuo commento «Ne cerchiamo due a Modena»',
      }),
    );
    const box = within(thread).getByLabelText('Testo del commento');
    await userEvent.clear(box);
    await userEvent.paste('Ne cerchiamo tre a Modena');
    await userEvent.click(within(thread).getByRole('button', { name: 'Salva' }));
    expect(commentsOf(doc)).toMatchObject([{ id: 'm1', text: 'Ne cerchiamo tre a Modena' }]);
    expect(commentsOf(doc)[0]!.editedAt).not.toBeNull();
    const item = within(thread).getByText('Ne cerchiamo tre a Modena').closest('li')!;
    expect(item.textContent).toContain('modificato');
  });

  it('lets the author delete their own comment after confirming', async () => {
    const doc = table();
    const thread = await openAs(doc, PAOLO);
    await userEvent.click(
      within(thread).getByRole('button', {
        name: 'Elimina il tuo commento «Ne cerchiamo due a Modena»',
      }),
    );
    expect(commentsOf(doc)).toHaveLength(1);
    await userEvent.click(within(thread).getByRole('button', { name: 'Conferma eliminazione' }));
    expect(commentsOf(doc)).toHaveLength(0);
    expect(within(thread).getByText('Ancora nessun commento.')).toBeTruthy();
  });

  it('offers a participant neither edit nor delete on another’s comment', async () => {
    const thread = await openAs(table(), LAURA);
    const item = within(thread).getByText('Ne cerchiamo due a Modena').closest('li')!;
    expect(within(item).queryAllByRole('button')).toEqual([]);
  });

  it('lets the moderator remove another’s comment, but not reword it', async () => {
    const doc = table();
    const thread = await openAs(doc, MODERATOR);
    const item = within(thread).getByText('Ne cerchiamo due a Modena').closest('li')!;
    expect(within(item).queryByRole('button', { name: /Modifica/ })).toBeNull();
    await userEvent.click(
      within(item).getByRole('button', { name: 'Rimuovi il commento «Ne cerchiamo due a Modena»' }),
    );
    await userEvent.click(within(item).getByRole('button', { name: 'Conferma rimozione' }));
    expect(commentsOf(doc)).toHaveLength(0);
  });

  it.each<[string, Directory, string]>([
    ['named with the organisation', PEOPLE, 'Paolo Ferri, Automazioni Modenesi'],
    [
      'by organisation only',
      { paolo: { organisation: 'Automazioni Modenesi' } },
      'Automazioni Modenesi',
    ],
    ['as anonymous at an anonymous table', { paolo: { role: 'participant' } }, 'Anonimo'],
  ])('names the author %s, as the directory the server sent says', async (_, directory, shown) => {
    const thread = await openAs(table(), LAURA, directory);
    const item = within(thread).getByText('Ne cerchiamo due a Modena').closest('li')!;
    expect(item.querySelector('.comment-author')!.textContent).toBe(shown);
    if (shown === 'Anonimo') expect(thread.textContent).not.toMatch(/Paolo|Ferri/);
  });

  it('shows a comment written on another device as it arrives', async () => {
    const doc = table('sharing', false);
    const thread = await openAs(doc, LAURA);
    addComment(doc, PAOLO, 'card', 'Arrivato ora da un altro telefono');
    expect(await within(thread).findByText('Arrivato ora da un altro telefono')).toBeTruthy();
    expect(screen.getByRole('button', { name: '1 commento a «Saldatore robotico»' })).toBeTruthy();
  });

  it('only reads comments while voting: no box, and a word on why', async () => {
    const thread = await openAs(table('voting'), LAURA);
    expect(within(thread).getByText('Ne cerchiamo due a Modena')).toBeTruthy();
    expect(within(thread).queryByLabelText('Il tuo commento')).toBeNull();
    expect(
      within(thread).getByText('In questa fase i commenti si possono solo leggere.'),
    ).toBeTruthy();
  });

  it('shows no comments button to an observer when there is nothing to read', () => {
    const doc = table('sharing', false);
    const connection = fakeConnection(doc, { id: 'wall', role: 'observer' });
    renderWith(<Comments connection={connection} />, { connection });
    expect(screen.queryByRole('button')).toBeNull();
  });
});
