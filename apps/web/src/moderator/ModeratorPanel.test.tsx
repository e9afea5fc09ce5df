import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useBoard } from '../sync/useTableConnection.js';
import type { TableConnection } from '../sync/TableConnection.js';
import { fakeConnection, memoryBoard, MODERATOR, renderWith } from '../testing/renderBoard.js';
import { createUiStore } from '../ui/uiStore.js';
import { ModeratorPanel } from './ModeratorPanel.js';

afterEach(cleanup);

function Panel({ connection }: { connection: TableConnection }) {
  return <ModeratorPanel board={useBoard(connection)} />;
}

describe('the moderator panel', () => {
  it('folds its controls away and unfolds them; the phases stay in sight', async () => {
    const connection = fakeConnection(memoryBoard('sharing'), MODERATOR);
    const { store } = renderWith(<Panel connection={connection} />, { connection });
    const toggle = screen.getByRole('button', { name: 'Nascondi i controlli' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    // The controls' code arrives on its own (a participant's phone never fetches it).
    expect(await screen.findByRole('group', { name: 'Timer' })).toBeTruthy();

    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.textContent).toContain('Mostra timer, impostazioni e documento');
    expect(screen.queryByRole('group', { name: 'Timer' })).toBeNull();
    expect(screen.getByRole('navigation', { name: 'Fasi della sessione' })).toBeTruthy();
    expect(store.getState().moderatorPanelOpen).toBe(false);

    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await screen.findByRole('group', { name: 'Timer' })).toBeTruthy();
  });

  it('remembers on this device that it was folded', () => {
    const saved = new Map<string, string>();
    const storage = {
      getItem: (k: string) => saved.get(k) ?? null,
      setItem: (k: string, v: string) => void saved.set(k, v),
    };
    createUiStore(storage).getState().setModeratorPanelOpen(false);
    expect(createUiStore(storage).getState().moderatorPanelOpen).toBe(false);
    createUiStore(storage).getState().setModeratorPanelOpen(true);
    expect(createUiStore(storage).getState().moderatorPanelOpen).toBe(true);
  });
});
