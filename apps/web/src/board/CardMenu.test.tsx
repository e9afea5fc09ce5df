import { addCard, createGroup, setPhase, type Actor } from '@tavolo/board';
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

function show(doc: Y.Doc, actor: Actor) {
  const connection = fakeConnection(doc, actor);
  return renderWith(<Needs connection={connection} />, { connection });
}

const menuButton = (text: string) => screen.getByRole('button', { name: `Azioni su «${text}»` });
const items = () => within(screen.getByRole('menu')).getAllByRole('menuitem');

describe('the card menu', () => {
  it('is a menu button: opens on Enter, moves with arrows, Home and End, closes on Escape', async () => {
    const doc = memoryBoard('sharing');
    addCard(doc, LAURA, { section: 'needs', text: 'Tecnico PLC' });
    show(doc, LAURA);
    const button = menuButton('Tecnico PLC');
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('menu')).toBeNull();

    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(items().map((i) => i.textContent)).toEqual(['Modifica', 'Elimina']);
    expect(document.activeElement).toBe(items()[0]);
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(items()[1]);
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(items()[0]);
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(items()[1]);
    await userEvent.keyboard('{Home}');
    expect(document.activeElement).toBe(items()[0]);

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('closes when the person clicks elsewhere', async () => {
    const doc = memoryBoard('sharing');
    addCard(doc, LAURA, { section: 'needs', text: 'Tecnico PLC' });
    show(doc, LAURA);
    await userEvent.click(menuButton('Tecnico PLC'));
    expect(screen.getByRole('menu')).toBeTruthy();
    await userEvent.click(screen.getByText('Tecnico PLC'));
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('edits and deletes one’s own card; another’s card has no menu for a participant', async () => {
    const doc = memoryBoard('sharing');
    addCard(doc, LAURA, { section: 'needs', text: 'Tecnico PLC' });
    addCard(doc, PAOLO, { section: 'needs', text: 'Saldatore robotico' });
    show(doc, LAURA);
    expect(screen.queryByRole('button', { name: 'Azioni su «Saldatore robotico»' })).toBeNull();

    await userEvent.click(menuButton('Tecnico PLC'));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Modifica' }));
    expect(screen.getByLabelText(/Profilo/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Annulla' }));

    await userEvent.click(menuButton('Tecnico PLC'));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Elimina' }));
    // Nothing is gone until the person confirms.
    expect(screen.getByText('Tecnico PLC')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Conferma eliminazione' }));
    expect(screen.queryByText('Tecnico PLC')).toBeNull();
    expect(screen.getByText('Saldatore robotico')).toBeTruthy();
  });

  it('while grouping the moderator moves a card into a group, out again, and into a new one', async () => {
    const doc = memoryBoard('sharing');
    addCard(doc, LAURA, { section: 'needs', text: 'Tecnico PLC' });
    setPhase(doc, MODERATOR, 'grouping');
    createGroup(doc, MODERATOR, { section: 'needs', heading: 'Automazione' });
    show(doc, MODERATOR);
    const card = () => screen.getByText('Tecnico PLC').closest('li')!;
    // Compact: no drop-downs on the card, whatever the phase.
    expect(within(card()).queryByRole('combobox')).toBeNull();

    await userEvent.click(menuButton('Tecnico PLC'));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Sposta in «Automazione»' }));
    const group = screen.getByRole('region', { name: 'Automazione' });
    expect(within(group).getByText('Tecnico PLC')).toBeTruthy();

    await userEvent.click(menuButton('Tecnico PLC'));
    expect(screen.queryByRole('menuitem', { name: 'Sposta in «Automazione»' })).toBeNull();
    await userEvent.click(screen.getByRole('menuitem', { name: 'Togli dal gruppo' }));
    expect(within(group).queryByText('Tecnico PLC')).toBeNull();

    await userEvent.click(menuButton('Tecnico PLC'));
    await userEvent.click(
      screen.getByRole('menuitem', { name: 'Nuovo gruppo con questo contributo' }),
    );
    const named = screen.getByRole('region', { name: 'Tecnico PLC' });
    expect(within(named).getByText('Tecnico PLC', { selector: '.card-text' })).toBeTruthy();
  });

  it('merges a duplicate into another card of the section, and splits it off again', async () => {
    const doc = memoryBoard('sharing');
    addCard(doc, LAURA, { section: 'needs', text: 'Tecnico PLC' });
    addCard(doc, PAOLO, { section: 'needs', text: 'Programmatore PLC' });
    setPhase(doc, MODERATOR, 'grouping');
    show(doc, MODERATOR);
    await userEvent.click(menuButton('Tecnico PLC'));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Unisci a un altro contributo…' }));
    await userEvent.selectOptions(
      screen.getByLabelText('Unisci «Tecnico PLC» a'),
      screen.getByRole('option', { name: 'Programmatore PLC' }),
    );
    expect(screen.queryByText('Tecnico PLC', { selector: '.card-text' })).toBeNull();
    expect(screen.getByText('1 doppione unito')).toBeTruthy();

    await userEvent.click(menuButton('Programmatore PLC'));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Separa «Tecnico PLC»' }));
    expect(screen.getByText('Tecnico PLC', { selector: '.card-text' })).toBeTruthy();
  });
});
