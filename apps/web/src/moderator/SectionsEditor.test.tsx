import { addCard, initTable, readSections, setPhase } from '@tavolo/board';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { useBoard } from '../sync/useTableConnection.js';
import type { TableConnection } from '../sync/TableConnection.js';
import {
  fakeConnection,
  LAURA,
  memoryBoard,
  MODERATOR,
  renderWith,
} from '../testing/renderBoard.js';
import { SectionsEditor } from './SectionsEditor.js';

afterEach(cleanup);

function Editor({ connection }: { connection: TableConnection }) {
  return <SectionsEditor board={useBoard(connection)} />;
}

function show(doc: Y.Doc, language: 'it' | 'en' = 'it') {
  const connection = fakeConnection(doc, MODERATOR);
  renderWith(<Editor connection={connection} />, { connection, language });
  // No pause between keystrokes: the titles are typed whole.
  return userEvent.setup({ delay: null });
}

function blankBoard(): Y.Doc {
  const doc = new Y.Doc();
  initTable(doc, { tableId: 'libera', title: 'Libera', templateId: 'blank' });
  setPhase(doc, MODERATOR, 'sharing');
  return doc;
}

const layout = (doc: Y.Doc) => readSections(doc).map((s) => [s.kind, s.title ?? s.id]);

// A limit on liveness, not speed: a loaded machine types these titles in seconds.
describe('SectionsEditor', { timeout: 30_000 }, () => {
  it('opens by itself on a blank board and adds sections of a chosen kind', async () => {
    const doc = blankBoard();
    const user = show(doc);
    expect(screen.getByText(/non ha ancora sezioni/)).toBeTruthy();
    await user.selectOptions(
      screen.getByLabelText('Tipo di contributo'),
      'Fabbisogno di competenze',
    );
    await user.type(screen.getByLabelText('Titolo della nuova sezione'), 'Profili introvabili');
    await user.click(screen.getByRole('button', { name: 'Aggiungi sezione' }));
    await user.selectOptions(screen.getByLabelText('Tipo di contributo'), 'Proposta');
    await user.type(screen.getByLabelText('Titolo della nuova sezione'), 'Proposte{Enter}');
    expect(layout(doc)).toEqual([
      ['skillNeed', 'Profili introvabili'],
      ['proposal', 'Proposte'],
    ]);
    expect(screen.getByRole('status').textContent).toBe('Sezione «Proposte» aggiunta.');
    expect(screen.getByText('Raccoglie: Fabbisogno di competenze')).toBeTruthy();
  });

  it('says why a section without a title is not added', async () => {
    const user = show(blankBoard());
    await user.click(screen.getByRole('button', { name: 'Aggiungi sezione' }));
    expect(screen.getByRole('alert').textContent).toBe('Scrivi un titolo per la sezione.');
  });

  it('renames in place on Enter, and Escape puts the title back', async () => {
    const doc = memoryBoard();
    const user = show(doc);
    await user.click(screen.getByText('Sezioni (3)'));
    const second = screen.getByLabelText('Titolo della sezione 2');
    expect((second as HTMLInputElement).value).toBe('Dati e tendenze');
    await user.clear(second);
    await user.type(second, 'Numeri del comparto{Enter}');
    expect(readSections(doc)[1]?.title).toBe('Numeri del comparto');
    const first = screen.getByLabelText('Titolo della sezione 1');
    await user.type(first, ' e altro{Escape}');
    expect((first as HTMLInputElement).value).toBe('Fabbisogni di competenze');
    expect(readSections(doc)[0]?.title).toBeUndefined();
  });

  it('moves a section up and down with buttons that keep the focus', async () => {
    const doc = memoryBoard();
    const user = show(doc);
    await user.click(screen.getByText('Sezioni (3)'));
    expect(
      (
        screen.getByRole('button', {
          name: 'Sposta «Fabbisogni di competenze» su',
        }) as HTMLButtonElement
      ).disabled,
    ).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Sposta «Proposte operative» su' }));
    expect(readSections(doc).map((s) => s.id)).toEqual(['needs', 'proposals', 'trends']);
    expect(document.activeElement?.getAttribute('aria-label')).toBe(
      'Sposta «Proposte operative» su',
    );
    await user.click(screen.getByRole('button', { name: 'Sposta «Fabbisogni di competenze» giù' }));
    expect(readSections(doc).map((s) => s.id)).toEqual(['proposals', 'needs', 'trends']);
    const rows = within(screen.getByRole('list', { name: 'Sezioni, nell’ordine della bacheca' }))
      .getAllByRole('listitem')
      .map((li) => (within(li).getByRole('textbox') as HTMLInputElement).value);
    expect(rows).toEqual(['Proposte operative', 'Fabbisogni di competenze', 'Dati e tendenze']);
  });

  it('removes an empty section, and says why a section with cards stays', async () => {
    const doc = memoryBoard();
    addCard(doc, LAURA, { section: 'needs', text: 'Tecnico PLC' });
    const user = show(doc);
    await user.click(screen.getByText('Sezioni (3)'));
    const keep = screen.getByRole('button', { name: 'Rimuovi «Fabbisogni di competenze»' });
    expect(keep.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText(/Contiene 1 contributo/)).toBeTruthy();
    await user.click(keep);
    expect(screen.getByRole('alert').textContent).toMatch(/spostalo o eliminalo/);
    expect(readSections(doc)).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Rimuovi «Dati e tendenze»' }));
    expect(readSections(doc).map((s) => s.id)).toEqual(['needs', 'proposals']);
    expect(screen.getByRole('status').textContent).toBe('Sezione «Dati e tendenze» rimossa.');
  });

  it('speaks English', async () => {
    const user = show(blankBoard(), 'en');
    await user.selectOptions(screen.getByLabelText('Kind of contribution'), 'Data or trend');
    await user.type(screen.getByLabelText('Title of the new section'), 'Figures{Enter}');
    expect(screen.getByText('Collects: Data or trend')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove “Figures”' })).toBeTruthy();
  });
});
