import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from './App.js';
import { MemoryStorage, renderWithApp } from './testing/renderWithApp.js';

afterEach(cleanup);

describe('App routes', () => {
  it('says it is loading while a page’s code arrives, then shows the page', async () => {
    const storage = new MemoryStorage();
    renderWithApp(<App path="/entra" storage={storage} />, { storage });
    expect(screen.getByRole('status').textContent).toBe('Caricamento…');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Entra con un codice' }),
    ).toBeTruthy();
    expect(screen.queryByText('Caricamento…')).toBeNull();
  });
});
